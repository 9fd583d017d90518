<#ftl output_format="HTML">
<#-- Home page (index.html, page/2/ ...): newest editorials first, 10 a page, with a pager. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<#assign pageNumber = content.page_number!1>
<@layout.page title=(pageNumber gt 1)?then("Editorials, page " + pageNumber, "")
    canonical=content.url current=(pageNumber == 1)?then("home", "")>
<h1 class="ed-page-title">${(pageNumber gt 1)?then("Editorials, page " + pageNumber, "Latest editorials")}</h1>
<@c.editorialList items=content.items![]/>
<@c.pager page=content/>
</@layout.page>
