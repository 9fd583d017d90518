<#ftl output_format="HTML">
<#-- One author (authors/<author-slug>/, then page/2/ ...): their editorials, newest first. Unsigned editorials
     are the editorial board's (site.board), so the board has a page here too. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<#assign board = content.author.name == (config.site_board!"")>
<@layout.page title=content.author.name + c.pageSuffix(content)
    description=board?then("Unsigned editorials by " + content.author.name + ".", "Editorials by " + content.author.name + ".")
    canonical=content.url current="authors">
<p class="ed-breadcrumb"><a href="${c.href("authors/")}">Authors</a></p>
<h1 class="ed-page-title">${content.author.name}${c.pageSuffix(content)}</h1>
<p class="ed-page-lede">${content.author.count} ${(content.author.count == 1)?then("editorial", "editorials")}<#if board>, unsigned: the paper&#8217;s own voice</#if>, newest first.</p>
<@c.editorialList items=content.items![]/>
<@c.pager page=content/>
</@layout.page>
