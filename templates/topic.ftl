<#ftl output_format="HTML">
<#-- One topic (topics/<topic-slug>/, then page/2/ ...): its editorials, newest first. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<@layout.page title="Topic: " + content.topic.name + c.pageSuffix(content) description="Editorials on " + content.topic.name + "." canonical=content.url>
<p class="ed-breadcrumb"><a href="${c.href("topics/")}">Topics</a></p>
<h1 class="ed-page-title">${content.topic.name}${c.pageSuffix(content)}</h1>
<@c.editorialList items=content.items![]/>
<@c.pager page=content/>
</@layout.page>
