<#ftl output_format="XML">
<#-- sitemap.xml: every public page with an absolute URL (loc) and, where known, lastmod. -->
<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list content.urls![] as u>
  <url>
    <loc>${u.loc}</loc>
    <#if u.lastmod?has_content>
    <lastmod>${u.lastmod}</lastmod>
    </#if>
  </url>
</#list>
</urlset>
