<#ftl output_format="HTML">
<#-- Parts of the editorial page that follow the text: corrections and related editorials.
     <#import "_editorial.ftl" as e>, then <@e.corrections items=content.corrections![]/> etc. -->
<#import "_components.ftl" as c>

<#-- Corrections are part of the record, so they sit inside the article, dated, newest first. Each text is
     the editor's inline Markdown rendered in Java with raw HTML escaped (markup.InlineMarkdown), like the body. -->
<#macro corrections items=[]>
<#if items?has_content>
<section class="ed-corrections" aria-labelledby="ed-corrections-title">
  <h2 class="ed-corrections__title" id="ed-corrections-title">Corrections</h2>
  <ul class="ed-corrections__list">
    <#list items as item>
    <li class="ed-corrections__item"><time class="ed-corrections__date" datetime="${item.date_iso}">${item.date_display}</time>: ${item.html?no_esc}</li>
    </#list>
  </ul>
</section>
</#if>
</#macro>

<#-- A way on from the page by subject rather than by date: the same topics or series, nearest in time. -->
<#macro related items=[]>
<#if items?has_content>
<section class="ed-related" aria-labelledby="ed-related-title">
  <h2 class="ed-related__title" id="ed-related-title">Related editorials</h2>
  <ul class="ed-related__list">
    <#list items as item>
    <li class="ed-related__item"><a class="ed-related__link" href="${c.href(item.url)}">${item.title}</a> <time class="ed-related__date" datetime="${item.date_iso}">${item.date_display}</time></li>
    </#list>
  </ul>
</section>
</#if>
</#macro>
