/**
 * Web archives for Lede: {@link dev.lede.warc.WarcPages} reads WARC files into {@link dev.lede.warc.WarcEntry}s,
 * one per record: an HTML page to import, a record skipped and why, or a record that cannot be read and why.
 * No type here accepts or returns null unless its documentation says so.
 */
package dev.lede.warc;
