//! The command-line interface:
//!
//! ```text
//! incident-card extract FILE    print the dataset JSON of an article
//! incident-card render FILE     print the card as static HTML (FILE: article or dataset JSON)
//!     [--lang TAG]              interface language (en, fr, ar)
//!     [--id PREFIX]             prefix of the card's element ids (one per card on a page)
//! incident-card csv FILE        print the casualty figures as CSV
//! incident-card jsonld FILE     print schema.org JSON-LD (Claims and the Event)
//! ```
//!
//! `FILE` may be `-` for standard input. Errors print one line naming the
//! file, the line or field, and the problem, and exit with status 1.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The CLI is native only; the wasm build of this crate is a library.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{Read, Write};
    use std::process::ExitCode;

    use incident_card::{dataset, html, i18n::Lang, Dataset, Error};

    const USAGE: &str = "usage: incident-card extract FILE\n       incident-card render [--lang en|fr|ar] [--id PREFIX] FILE\n       incident-card csv FILE | incident-card jsonld [--id PREFIX] FILE\n  FILE is an article in the wire format (or, except for extract, a dataset JSON); - reads stdin";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match run(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err((code, msg)) => {
                eprintln!("incident-card: {msg}");
                ExitCode::from(code)
            }
        }
    }

    fn run(args: &[String]) -> Result<(), (u8, String)> {
        let (cmd, rest) = args.split_first().ok_or((2, USAGE.to_string()))?;
        let mut lang = Lang::En;
        let mut prefix = String::from("icx");
        let mut file = None;
        let mut it = rest.iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "--lang" => {
                    let tag = it
                        .next()
                        .ok_or((2, "--lang needs a language tag".to_string()))?;
                    lang = Lang::from_tag(tag);
                }
                "--id" => {
                    prefix = it
                        .next()
                        .ok_or((2, "--id needs an id prefix".to_string()))?
                        .clone();
                }
                "-h" | "--help" => return Err((2, USAGE.to_string())),
                _ if file.is_none() => file = Some(a.as_str()),
                _ => return Err((2, USAGE.to_string())),
            }
        }
        let file = file.ok_or((2, USAGE.to_string()))?;
        let bytes = read(file).map_err(|e| (1, format!("{file}: cannot read: {e}")))?;
        let data = match cmd.as_str() {
            "extract" => load_article(file, &bytes)?,
            "render" | "csv" | "jsonld" => {
                let is_json = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
                if is_json {
                    let text = std::str::from_utf8(&bytes)
                        .map_err(|_| (1, format!("{file}: the dataset is not valid UTF-8")))?;
                    dataset::from_json(text).map_err(|e| (1, describe(file, &e)))?
                } else {
                    load_article(file, &bytes)?
                }
            }
            _ => return Err((2, USAGE.to_string())),
        };
        let out = match cmd.as_str() {
            "extract" => {
                let mut s = serde_json::to_string_pretty(&data)
                    .map_err(|e| (1, format!("{file}: cannot write JSON: {e}")))?;
                s.push('\n');
                s
            }
            "csv" => incident_card::export::figures_csv(&data),
            "jsonld" => {
                let ld: serde_json::Value =
                    serde_json::from_str(&incident_card::export::json_ld(&data, &prefix))
                        .map_err(|e| (1, format!("{file}: cannot write JSON-LD: {e}")))?;
                let mut s = serde_json::to_string_pretty(&ld)
                    .map_err(|e| (1, format!("{file}: cannot write JSON: {e}")))?;
                s.push('\n');
                s
            }
            _ => {
                let mut s = html::render_with_prefix(&data, lang, &prefix);
                s.push('\n');
                s
            }
        };
        std::io::stdout()
            .write_all(out.as_bytes())
            .map_err(|e| (1, format!("cannot write output: {e}")))
    }

    fn load_article(file: &str, bytes: &[u8]) -> Result<Dataset, (u8, String)> {
        let article = incident_card::article::parse_bytes(bytes)
            .map_err(|e| (1, describe(file, &Error::Parse(e))))?;
        Ok(incident_card::extract::extract(article))
    }

    fn describe(file: &str, e: &Error) -> String {
        format!("{file}: {e}")
    }

    fn read(file: &str) -> std::io::Result<Vec<u8>> {
        if file == "-" {
            let mut v = Vec::new();
            std::io::stdin().read_to_end(&mut v)?;
            Ok(v)
        } else {
            std::fs::read(file)
        }
    }
}
