<#ftl output_format="HTML">
<#-- A plain page such as About (about/): title and body. -->
<#import "_layout.ftl" as layout>
<@layout.page title=content.title canonical=content.url current=(content.url! == "about/")?then("about", "")>
<article class="ed-article">
  <h1 class="ed-article__title">${content.title}</h1>
  <div class="ed-prose">
${content.body?no_esc}
  </div>
</article>
</@layout.page>
