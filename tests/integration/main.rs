//! Integration tests: the `whosaid` binary end to end, one module per concern.

mod bad_inputs;
mod browse;
mod concurrent;
mod corpus;
mod groups;
mod html_quality;
mod load;
mod no_panic;
mod schema;
mod seed;
mod similarity_quality;
mod stance_quality;
mod transfer;
mod util;
