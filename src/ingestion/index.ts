export { looksLikeHtml, readHtmlPosting } from './html-posting';
export { joinSoftWraps, looksLikeMarkdown, readMarkdownPosting } from './markdown-posting';
export { PostingDocumentError, postingFormatOf, readPostingBytes, readPostingText } from './posting-document';
export { POSTING_FORMATS, type PostingDocument, type PostingFormat } from './posting-format';
export { type ParsedPostingForm, parsePostingDocument, parsePostingInAnyForm } from './parse-posting-document';
