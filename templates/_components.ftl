<#ftl output_format="HTML">
<#-- Components shared by the page templates: <#import "_components.ftl" as c>, then <@c.byline item=x/> etc. -->

<#-- Relative link to a site-root-relative URL, so the site works from any sub-path ("" at the root becomes "./"). -->
<#function href path="">
  <#local h = (content.rootpath!) + path>
  <#return h?has_content?then(h, "./")>
</#function>

<#-- Absolute URL for canonical links, feeds and sitemaps, where relative URLs are not allowed or not portable. -->
<#function abs path="">
  <#return (config.site_host!) + path>
</#function>

<#-- Keyboard users skip the header and controls on every page (WCAG 2.4.1). -->
<#macro skipLink>
<a class="ed-skip-link" href="#main">Skip to main content</a>
</#macro>

<#-- Text-size controls (design note: src/docs/font-size-controls.md): icons are aria-hidden so the accessible
     name is exactly the visually hidden text; js/font-size.js adds the behaviour, and CSS keeps them invisible (in their place) until it has. -->
<#macro fontSizeControls>
<div class="ed-font-size" role="group" aria-labelledby="ed-font-size-label" data-module="ed-font-size">
  <span class="ed-font-size__label" id="ed-font-size-label">Text size</span>
  <span class="ed-font-size__buttons">
  <button type="button" class="ed-font-size__button js-font-size-decrease">
    <svg class="ed-font-size__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 19 7.5 9 12 19M4.8 15h5.4M15 8h6"/></svg>
    <span class="ed-visually-hidden">Decrease font size</span>
  </button>
  <button type="button" class="ed-font-size__button js-font-size-reset">
    <svg class="ed-font-size__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 20 12 4 19 20M7.9 14h8.2"/></svg>
    <span class="ed-visually-hidden">Reset font size</span>
  </button>
  <button type="button" class="ed-font-size__button js-font-size-increase">
    <svg class="ed-font-size__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M1.5 21 8 4 14.5 21M4 14.5h8M16 8h7M19.5 4.5v7"/></svg>
    <span class="ed-visually-hidden">Increase font size</span>
  </button>
  </span>
  <span class="ed-visually-hidden js-font-size-status" role="status"></span>
</div>
</#macro>

<#-- Site navigation; aria-current marks the section's own page so screen readers say "current page". -->
<#macro siteNav current="">
<nav class="ed-nav" aria-label="Site">
  <ul class="ed-nav__list">
    <#list [["home", "", "Home"], ["archive", "archive/", "Archive"], ["topics", "topics/", "Topics"],
            ["series", "series/", "Series"], ["authors", "authors/", "Authors"], ["about", "about/", "About"],
            ["search", "search/", "Search"]] as link>
    <li class="ed-nav__item"><a class="ed-nav__link" href="${href(link[1])}"<#if current == link[0]> aria-current="page"</#if>>${link[2]}</a></li>
    </#list>
  </ul>
</nav>
</#macro>

<#-- Unsigned editorials speak for the paper, so they read "Editorial" rather than "By Editorial". The name links
     to the author's page (the board's for unsigned ones), except on that page itself. -->
<#macro byline item withPublication=false>
<#local name = item.author???then(item.byline!item.author, item.byline!"Editorial")>
<span class="ed-byline"><#if item.author??>By </#if><#if item.author_url?? && item.author_url != (content.url!"")><a class="ed-byline__link" href="${href(item.author_url)}">${name}</a><#else>${name}</#if><#if withPublication && item.publication??>, <span class="ed-byline__publication">${item.publication}</span></#if></span><#t>
</#macro>

<#-- Date, byline, reading time, last revision and draft/scheduled flags in one line, the same wherever an
     editorial is shown; the revision is a <time> so machines read the same day people do. -->
<#macro meta item withPublication=false>
<p class="ed-meta"><time datetime="${item.date_iso}">${item.date_display}</time><span class="ed-meta__sep" aria-hidden="true"> &#183; </span><@byline item=item withPublication=withPublication/><#if item.reading_minutes??><span class="ed-meta__sep" aria-hidden="true"> &#183; </span><span class="ed-meta__reading">${item.reading_minutes} min read</span></#if><#if item.modified_iso??><span class="ed-meta__sep" aria-hidden="true"> &#183; </span><span class="ed-meta__updated">Updated <time datetime="${item.modified_iso}">${item.modified_display}</time></span></#if><#if item.draft!false> <strong class="ed-draft">Draft</strong></#if><#if item.scheduled!false> <strong class="ed-draft">Scheduled</strong></#if></p>
</#macro>

<#-- Topic links let a reader follow a subject; nothing at all is printed when there are none. -->
<#macro topicList topics=[]>
<#if topics?has_content>
<div class="ed-topics">
  <span class="ed-topics__label">Topics:</span>
  <ul class="ed-topics__list">
    <#list topics as topic>
    <li class="ed-topics__item"><a class="ed-topics__link" href="${href(topic.url)}">${topic.name}</a></li>
    </#list>
  </ul>
</div>
</#if>
</#macro>

<#-- One entry in any list of editorials: h2 because the list page's own name is the h1. -->
<#macro editorialItem item showNumber=false>
<li class="ed-item">
  <h2 class="ed-item__title"><a class="ed-item__link" href="${href(item.url)}"><#if showNumber && item.number??><span class="ed-item__number">No. ${item.number}:</span> </#if>${item.title}</a></h2>
  <@meta item=item/>
  <#if item.summary?has_content><p class="ed-item__summary">${item.summary}</p></#if>
</li>
</#macro>

<#-- A list of editorials, with a plain sentence instead of an empty list. -->
<#macro editorialList items=[] showNumber=false>
<#if items?has_content>
<ol class="ed-list">
  <#list items as item><@editorialItem item=item showNumber=showNumber/></#list>
</ol>
<#else>
<p class="ed-empty">No editorials yet.</p>
</#if>
</#macro>

<#-- Pager for every paginated listing (home, year, topic, series): rel prev/next for browsers and crawlers,
     numbered links with aria-current on this page, and "Page N of M" for people. Takes the page's content hash
     because a missing previous_url must stay distinguishable from "". Labels name the direction of the list. -->
<#macro pager page previousLabel="Newer editorials" nextLabel="Older editorials">
<#if (page.page_count!1) gt 1>
<nav class="ed-pager" aria-label="Pages">
  <p class="ed-pager__status">Page ${page.page_number} of ${page.page_count}</p>
  <ul class="ed-pager__list">
    <#if page.previous_url??><li class="ed-pager__item"><a class="ed-pager__link" rel="prev" href="${href(page.previous_url)}"><span aria-hidden="true">&#8592; </span>${previousLabel}</a></li></#if>
    <#list page.pager_links![] as link>
    <#if link.gap??><li class="ed-pager__item ed-pager__item--gap" aria-hidden="true">&#8230;</li><#else><li class="ed-pager__item ed-pager__item--number"><a class="ed-pager__link ed-pager__link--number" href="${href(link.url)}"<#if link.current> aria-current="page"</#if>><span class="ed-visually-hidden">Page </span>${link.number}</a></li></#if>
    </#list>
    <#if page.next_url??><li class="ed-pager__item ed-pager__item--next"><a class="ed-pager__link" rel="next" href="${href(page.next_url)}">${nextLabel}<span aria-hidden="true"> &#8594;</span></a></li></#if>
  </ul>
</nav>
</#if>
</#macro>

<#-- ", page 2" after a listing's name on its later pages, so every page has its own title and heading. -->
<#function pageSuffix page>
  <#return ((page.page_number!1) gt 1)?then(", page " + page.page_number, "")>
</#function>

<#-- Older/newer links at the end of an editorial, so a reader can keep reading without the archive.
     Pass missing values as `content.previous!` (empty), not as null. -->
<#macro prevNext previous next label="Older and newer editorials">
<#if previous?has_content || next?has_content>
<nav class="ed-prevnext" aria-label="${label}">
  <ul class="ed-prevnext__list">
    <#if previous?has_content><li class="ed-prevnext__item"><a class="ed-prevnext__link" rel="prev" href="${href(previous.url)}"><span class="ed-prevnext__label">Older editorial</span> ${previous.title}</a></li></#if>
    <#if next?has_content><li class="ed-prevnext__item ed-prevnext__item--next"><a class="ed-prevnext__link" rel="next" href="${href(next.url)}"><span class="ed-prevnext__label">Newer editorial</span> ${next.title}</a></li></#if>
  </ul>
</nav>
</#if>
</#macro>

<#-- "The Federalist, No. 10 of 85": where a paper sits in its series, linking to the whole series in order. -->
<#macro seriesPosition item>
<#if item.series?? && item.series_url??>
<p class="ed-series-position">${item.series}, <a href="${href(item.series_url)}">No. ${item.number!}<#if item.series_total??> of ${item.series_total}</#if></a></p>
</#if>
</#macro>

<#-- Previous/next paper within a series, which is how a series is meant to be read. -->
<#macro seriesNav item>
<#if item.series?? && (item.series_previous?? || item.series_next??)>
<nav class="ed-prevnext ed-prevnext--series" aria-label="${item.series}">
  <ul class="ed-prevnext__list">
    <#if item.series_previous??><li class="ed-prevnext__item"><a class="ed-prevnext__link" href="${href(item.series_previous.url)}"><span class="ed-prevnext__label">Previous paper, No. ${item.series_previous.number}</span> ${item.series_previous.title}</a></li></#if>
    <#if item.series_next??><li class="ed-prevnext__item ed-prevnext__item--next"><a class="ed-prevnext__link" href="${href(item.series_next.url)}"><span class="ed-prevnext__label">Next paper, No. ${item.series_next.number}</span> ${item.series_next.title}</a></li></#if>
  </ul>
</nav>
</#if>
</#macro>
