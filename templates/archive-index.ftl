<#ftl output_format="HTML">
<#-- Archive index (archive/): one link per year, newest year first as given by the bake. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<@layout.page title="Archive" description="Editorials by year." canonical=content.url current="archive">
<h1 class="ed-page-title">Archive</h1>
<#if (content.years![])?has_content>
<ul class="ed-index">
  <#list content.years as y>
  <li class="ed-index__item"><a class="ed-index__link" href="${c.href(y.url)}">${y.year}</a> <span class="ed-index__count">${y.count} ${(y.count == 1)?then("editorial", "editorials")}</span></li>
  </#list>
</ul>
<#else>
<p class="ed-empty">No editorials yet.</p>
</#if>
</@layout.page>
