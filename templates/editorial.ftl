<#ftl output_format="HTML">
<#-- One editorial (editorials/<year>/<slug>/): title, date, byline, topics, body, series and older/newer links. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<@layout.page title=content.title description=content.summary!"" canonical=content.url noindex=content.draft!false>
<article class="ed-article">
  <header class="ed-article__header">
    <@c.seriesPosition item=content/>
    <h1 class="ed-article__title">${content.title}</h1>
    <@c.meta item=content withPublication=true/>
    <@c.topicList topics=content.topics![]/>
  </header>
  <div class="ed-prose">
${content.body?no_esc}
  </div>
  <#if content.source?has_content>
  <footer class="ed-article__footer">
    <p class="ed-article__source">Source: ${content.source}</p>
  </footer>
  </#if>
</article>
<@c.seriesNav item=content/>
<@c.prevNext previous=content.previous! next=content.next!/>
</@layout.page>
