<#ftl output_format="HTML">
<#-- Base layout for every HTML page: <@layout.page title="..."> page body </@layout.page>. -->
<#import "_components.ftl" as c>
<#import "_head.ftl" as head>
<#-- Numbers (years, counts, page numbers) print as plain digits, "2025" not "2,025", whatever the locale.
     A setting made here, while a page imports this library, lasts for the whole page. -->
<#setting number_format="computer">
<#-- The one place for the font-size scale and storage key: printed on <html> as data attributes,
     read there by the inline head script and by js/font-size.js. Percentages of the reader's default. -->
<#assign fontSizeSteps = "87.5 100 112.5 125 150 175 200">
<#assign fontSizeKey = "ed-font-size">
<#-- The page's one inline script: applies the stored text size before first paint. Written once, here, and
     printed by the page macro both as the script and as its hash in the Content-Security-Policy, so the
     two cannot drift apart. It sets the size through the CSSOM, which the policy allows (a style
     attribute in the HTML would not be). -->
<#assign headScript>(function(h){h.className=h.className.replace("no-js","js");try{var v=localStorage.getItem(h.dataset.edFontKey);if(v&&v!=="100"&&h.dataset.edFontSteps.split(" ").indexOf(v)>=0)h.style.fontSize=v+"%"}catch(e){}})(document.documentElement)</#assign>

<#-- title: page name ("" on the home page = site title only); description: meta description;
     canonical: the page's site-root-relative URL ("" is the home page), printed absolute unless noindex;
     modules: more ES modules for this page (site-root-relative paths), beside the text-size controls;
     fetches: data a module will fetch at once (page-relative URLs), preloaded while the modules load;
     current: nav key of the current section
     (home, archive, topics, series, about, search); noindex: keep the page out of search (404, drafts). -->
<#macro page title description="" canonical="" current="" noindex=false modules=[] fetches=[]>
<!DOCTYPE html>
<html lang="${config.site_language!"en"}" class="no-js" data-ed-font-steps="${fontSizeSteps}" data-ed-font-key="${fontSizeKey}">
<head>
<meta charset="utf-8">
<#-- First in the head: a meta policy covers only what comes after it. Headers it cannot set: README, "Publishing". -->
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(headScript)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<#-- Before the stylesheet so the stored size and the js class apply before first paint (no jump). -->
<script>${headScript}</script>
<title><#if title?has_content>${title} &#8211; </#if>${config.site_title!}</title>
<#local summary = description?has_content?then(description, config.site_description!)>
<meta name="description" content="${summary}">
<#if !noindex>
<link rel="canonical" href="${c.abs(canonical)}">
</#if>
<#if noindex>
<meta name="robots" content="noindex">
</#if>
<@head.metadata title=title canonical=canonical description=summary noindex=noindex/>
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="${c.href("css/site.css")}">
<link rel="icon" href="${c.href("favicon.svg")}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="${c.href("feed.xml")}" title="${config.site_title!}">
<script type="module" src="${c.href("js/font-size.js")}"></script>
<#list modules as module>
<script type="module" src="${c.href(module)}"></script>
</#list>
<#list fetches as fetch>
<link rel="preload" href="${fetch}" as="fetch" crossorigin="anonymous">
</#list>
</head>
<body>
<div class="ed-site">
<@c.skipLink/>
<header class="ed-header">
  <div class="ed-header__bar">
    <a class="ed-header__title" href="${c.href("")}">${config.site_title!}</a>
    <@c.fontSizeControls/>
  </div>
  <@c.siteNav current=current/>
</header>
<main id="main" class="ed-main">
<#nested>
</main>
<footer class="ed-footer">
  <p class="ed-footer__text">${config.site_description!}</p>
  <p class="ed-footer__text">${config.site_board!} &#183; <a href="${c.href("feed.xml")}">Atom feed</a> &#183; <a href="${c.href("about/")}">About</a></p>
</footer>
</div>
</body>
</html>
</#macro>
