<#ftl output_format="HTML">
<#-- Search page (search/): js/search.js reads the query from ?q=, loads the index fragments it needs from
     content.search_index (versioned, so a new bake is never mixed with a cached old fragment) and fills the
     status and the results list. Without JavaScript only the message pointing to the archive and topics shows. -->
<#import "_layout.ftl" as layout>
<#import "_components.ftl" as c>
<@layout.page title="Search" description="Search every editorial by word, title, topic or author."
    canonical=content.url current="search" modules=["js/search.js"] fetches=[content.search_index]>
<h1 class="ed-page-title">Search</h1>
<div class="ed-search" data-module="ed-search" data-ed-search-index="${content.search_index}" data-ed-search-root="${c.href("")}">
  <search class="ed-search__landmark">
    <form class="ed-search__form js-search-form" action="./" method="get">
      <label class="ed-search__label" for="ed-search-q">Search ${content.document_count} ${(content.document_count == 1)?then("editorial", "editorials")}</label>
      <span class="ed-search__row">
        <input class="ed-search__input js-search-input" id="ed-search-q" type="search" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search">
        <button class="ed-search__button" type="submit">Search</button>
      </span>
    </form>
  </search>
  <p class="ed-search__status js-search-status" role="status"></p>
  <ol class="ed-search__results js-search-results"></ol>
  <button class="ed-search__more js-search-more" type="button" hidden>Show more results</button>
  <div class="ed-search__no-js">
    <p>Search needs JavaScript, which is switched off or did not load in this browser.</p>
    <p>Every editorial is listed by year in the <a href="${c.href("archive/")}">archive</a> and by subject under <a href="${c.href("topics/")}">topics</a>.</p>
  </div>
</div>
</@layout.page>
