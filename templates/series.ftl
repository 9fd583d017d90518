<#ftl output_format="HTML">
<#-- One series (series/<series-slug>/, then page/2/ ..., e.g. The Federalist): its papers in number order. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<@layout.page title=content.series.name + c.pageSuffix(content) description="All papers of " + content.series.name + ", in order." canonical=content.url
    current="series">
<h1 class="ed-page-title">${content.series.name}${c.pageSuffix(content)}</h1>
<p class="ed-page-lede">${content.series.count} ${(content.series.count == 1)?then("paper", "papers")}, in order.</p>
<@c.editorialList items=content.items![] showNumber=true/>
<@c.pager page=content previousLabel="Earlier papers" nextLabel="Later papers"/>
</@layout.page>
