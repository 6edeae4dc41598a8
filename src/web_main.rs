//! The web edition's entry: `tools/build-web.sh` builds it for `wasm32-unknown-unknown`, and
//! the page (`web/index.html`) loads it; it starts the explorer on the page's canvas.

#[cfg(target_arch = "wasm32")]
fn main() {
    sco_explorer::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "sco-explorer-web is the explorer's web edition: build it with tools/build-web.sh and \
         open the folder it writes in a browser. On the desktop, run sco-explorer."
    );
    std::process::exit(2);
}
