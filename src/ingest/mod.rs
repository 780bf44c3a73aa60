//! Article ingestion: reading, format detection, cleaning and extraction.
pub mod html;
