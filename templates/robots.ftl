<#ftl output_format="plainText">
<#-- robots.txt: everything may be crawled; points crawlers at the sitemap. -->
User-agent: *
Allow: /

Sitemap: ${config.site_host!}sitemap.xml
