<#ftl output_format="XML">
<#-- sitemap.xml when the site outgrows one sitemap file (50,000 URLs): an index of the numbered parts. -->
<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list content.sitemaps![] as loc>
  <sitemap>
    <loc>${loc}</loc>
  </sitemap>
</#list>
</sitemapindex>
