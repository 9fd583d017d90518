<#ftl output_format="HTML">
<#-- Archive for one year (archive/<year>/, archive/<year>/page/2/ ...): that year's editorials, newest first. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<#assign heading = "Editorials from " + content.year?string + c.pageSuffix(content)>
<@layout.page title=heading description=heading + "." canonical=content.url>
<p class="ed-breadcrumb"><a href="${c.href("archive/")}">Archive</a></p>
<h1 class="ed-page-title">${heading}</h1>
<@c.editorialList items=content.items![]/>
<@c.pager page=content/>
</@layout.page>
