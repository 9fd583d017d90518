<#ftl output_format="HTML">
<#-- One editorial (editorials/<year>/<slug>/): title, date, byline, topics, body, corrections, series,
     older/newer and related links. Drafts and scheduled editorials exist only in the preview: noindex. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<#import "_editorial.ftl" as e>
<@layout.page title=content.title description=content.summary!"" canonical=content.url
    noindex=(content.draft!false) || (content.scheduled!false)>
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
  <@e.corrections items=content.corrections![]/>
  <#if content.source?has_content>
  <footer class="ed-article__footer">
    <p class="ed-article__source">Source: ${content.source}</p>
  </footer>
  </#if>
</article>
<@c.seriesNav item=content/>
<@c.prevNext previous=content.previous! next=content.next!/>
<@e.related items=content.related![]/>
</@layout.page>
