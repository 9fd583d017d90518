<#ftl output_format="HTML">
<#-- Head metadata for sharing and search engines: Open Graph, a Twitter card and schema.org JSON-LD.
     _layout.ftl calls <@head.metadata .../> inside <head>; nothing else needs it. -->
<#import "_components.ftl" as c>

<#-- Link previews (Open Graph, read by most apps; Twitter falls back to it) and structured data. Pages kept
     out of search (404, drafts and scheduled editorials in the preview) carry none: they have no canonical
     URL to share, and a preview card must not leak an unpublished title.
     title: the page's own name ("" on the home page: the site's); canonical: site-root-relative URL. -->
<#macro metadata title canonical description noindex=false>
<#if !noindex>
<#local article = (content.type!"") == "editorial">
<meta property="og:type" content="${article?then("article", "website")}">
<meta property="og:title" content="${title?has_content?then(title, config.site_title!)}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${c.abs(canonical)}">
<meta property="og:site_name" content="${config.site_title!}">
<meta property="og:locale" content="${(config.site_language!"en")?replace("-", "_")}">
<#if article>
<meta property="article:published_time" content="${content.date_iso}">
<#if content.modified_iso??>
<meta property="article:modified_time" content="${content.modified_iso}">
</#if>
<#if content.author_url??>
<meta property="article:author" content="${c.abs(content.author_url)}">
</#if>
<#list content.topics![] as topic>
<#if topic?is_first>
<meta property="article:section" content="${topic.name}">
</#if>
<meta property="article:tag" content="${topic.name}">
</#list>
</#if>
<meta name="twitter:card" content="summary">
<#if json_ld??>
<#-- Escaped in Java for this spot (metadata.ScriptSafeJson): no value can close the script element. -->
<script type="application/ld+json">${json_ld?no_esc}</script>
</#if>
</#if>
</#macro>
