<#ftl output_format="HTML">
<#-- Not-found page (404.html); content.rootpath is the absolute base path here, so links work at any depth. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<@layout.page title="Page not found" noindex=true>
<h1 class="ed-page-title">Page not found</h1>
<p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
<p>Try the <a href="${c.href("")}">latest editorials</a>, the <a href="${c.href("archive/")}">archive</a> or the <a href="${c.href("topics/")}">topics</a>.</p>
</@layout.page>
