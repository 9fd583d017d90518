<#ftl output_format="HTML">
<#-- Topics index (topics/): every topic with its number of editorials. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<@layout.page title="Topics" description="Editorials by topic." canonical=content.url current="topics">
<h1 class="ed-page-title">Topics</h1>
<#if (content.topics![])?has_content>
<ul class="ed-index">
  <#list content.topics as topic>
  <li class="ed-index__item"><a class="ed-index__link" href="${c.href(topic.url)}">${topic.name}</a> <span class="ed-index__count">${topic.count} ${(topic.count == 1)?then("editorial", "editorials")}</span></li>
  </#list>
</ul>
<#else>
<p class="ed-empty">No topics yet.</p>
</#if>
</@layout.page>
