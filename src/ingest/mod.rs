//! Article ingestion: reading, format detection, cleaning and extraction.
