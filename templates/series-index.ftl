<#ftl output_format="HTML">
<#-- Series index (series/): every series, such as The Federalist, with its number of papers. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<@layout.page title="Series" description="Editorials published as numbered series." canonical=content.url current="series">
<h1 class="ed-page-title">Series</h1>
<#if (content.series_list![])?has_content>
<ul class="ed-index">
  <#list content.series_list as series>
  <li class="ed-index__item"><a class="ed-index__link" href="${c.href(series.url)}">${series.name}</a> <span class="ed-index__count">${series.count} ${(series.count == 1)?then("paper", "papers")}</span></li>
  </#list>
</ul>
<#else>
<p class="ed-empty">No series yet.</p>
</#if>
</@layout.page>
