<#ftl output_format="XML">
<#-- feed.xml: Atom 1.0 feed of the newest editorials; all URLs absolute; the body goes in as escaped HTML (type="html"). -->
<?xml version="1.0" encoding="utf-8"?>
<#setting number_format="computer">
<#assign host = config.site_host!>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${config.site_language!"en"}">
  <id>${host}</id>
  <title>${config.site_title!}</title>
  <#if config.site_description?has_content>
  <subtitle>${config.site_description}</subtitle>
  </#if>
  <updated>${content.updated_iso}</updated>
  <link rel="self" type="application/atom+xml" href="${host}feed.xml"/>
  <link rel="alternate" type="text/html" href="${host}"/>
  <author>
    <name>${config.site_board!config.site_title!}</name>
  </author>
  <icon>${host}favicon.svg</icon>
<#list content.items![] as item>
  <entry>
    <id>${host}${item.url}</id>
    <title>${item.title}</title>
    <published>${item.published_iso}</published>
    <updated>${item.updated_iso}</updated>
    <link rel="alternate" type="text/html" href="${host}${item.url}"/>
    <author>
      <name>${item.byline!"Editorial"}</name>
    </author>
    <#list item.topics![] as topic>
    <category term="${topic.slug}" label="${topic.name}"/>
    </#list>
    <#if item.summary?has_content>
    <summary>${item.summary}</summary>
    </#if>
    <content type="html">${item.body!}</content>
  </entry>
</#list>
</feed>
