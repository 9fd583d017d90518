<#ftl output_format="HTML">
<#-- One topic (topics/<topic-slug>/): its editorials, newest first. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<@layout.page title="Topic: " + content.topic.name description="Editorials on " + content.topic.name + "." canonical=content.url>
<p class="ed-breadcrumb"><a href="${c.href("topics/")}">Topics</a></p>
<h1 class="ed-page-title">${content.topic.name}</h1>
<@c.editorialList items=content.items![]/>
</@layout.page>
