-- Articles now come as web pages, Markdown, PDF and rows of JSON Lines or CSV exports as well as
-- text files: the format says whether body is the file's text as read or the text it was turned into.
ALTER TABLE article ADD COLUMN source_format VARCHAR(10) DEFAULT 'text' NOT NULL;
ALTER TABLE article ADD CONSTRAINT article_source_format_ck CHECK (source_format IN ('text', 'markdown', 'html', 'pdf', 'jsonl', 'csv'));
COMMENT ON COLUMN article.source_format IS 'What the article was read from: text (body is the file''s text exactly as decoded), markdown, html, pdf (body is the plain text they were turned into), jsonl or csv (body is the text field of one line or row of an export).';
COMMENT ON COLUMN article.body IS 'The article text: a text file exactly as decoded (UTF-8), page noise included; for other formats (see source_format) the plain text read from them. SUBSTRING(body, content_start + 1, content_end - content_start) = statement.content_text.';
COMMENT ON COLUMN article.content_hash IS 'SHA-256 of the file bytes, hex (for a row of a JSON Lines or CSV export: of its article fields); re-importing identical bytes changes nothing.';
COMMENT ON COLUMN article.file_name IS 'Name of the imported file, e.g. 000_dcad965514c1b99f.txt; for a row of an export FILE#KEY, the KEY being the row''s url or else its line (JSON Lines) or row (CSV) number.';
