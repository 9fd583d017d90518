<#ftl output_format="HTML">
<#-- Authors index (authors/): every signed author and the editorial board, with their number of editorials. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<@layout.page title="Authors" description="Editorials by author, and the editorial board's unsigned editorials." canonical=content.url current="authors">
<h1 class="ed-page-title">Authors</h1>
<#if (content.authors![])?has_content>
<ul class="ed-index">
  <#list content.authors as author>
  <li class="ed-index__item"><a class="ed-index__link" href="${c.href(author.url)}">${author.name}</a> <span class="ed-index__count">${author.count} ${(author.count == 1)?then("editorial", "editorials")}</span></li>
  </#list>
</ul>
<#else>
<p class="ed-empty">No authors yet.</p>
</#if>
</@layout.page>
