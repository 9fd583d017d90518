<#ftl output_format="HTML">
<#-- One series (series/<series-slug>/, e.g. The Federalist): its papers in number order. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<@layout.page title=content.series.name description="All papers of " + content.series.name + ", in order." canonical=content.url
    current="series">
<h1 class="ed-page-title">${content.series.name}</h1>
<p class="ed-page-lede">${(content.items![])?size} ${((content.items![])?size == 1)?then("paper", "papers")}, in order.</p>
<@c.editorialList items=content.items![] showNumber=true/>
</@layout.page>
