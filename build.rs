//! Build script: on Windows targets, gives `sco-explorer.exe` its icon and version information
//! (the Properties ▸ Details tab, and the icon in Explorer and the task bar).
//!
//! A resource script is written from the package's version and compiled with the GNU resource
//! compiler that the mingw cross build already has (`x86_64-w64-mingw32-windres`; `WINDRES`
//! names another); the object is linked into the `sco-explorer` program only. Without a
//! resource compiler (a native MSVC build) the program is built without them and cargo prints a
//! warning: the app works the same. Every other target skips this script's work, so it costs
//! nothing there (a crate such as winresource would bring a TOML parser into every build).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icons/sco-explorer.ico");
    println!("cargo:rerun-if-env-changed=WINDRES");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    if let Err(why) = windows_resources() {
        println!("cargo:warning=sco-explorer.exe is built without its icon and version: {why}");
    }
}

fn windows_resources() -> Result<(), String> {
    let out = PathBuf::from(env::var("OUT_DIR").map_err(|e| e.to_string())?);
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let icon = root.join("assets/icons/sco-explorer.ico");
    let script = out.join("sco-explorer.rc");
    fs::write(&script, resource_script(&icon)).map_err(|e| e.to_string())?;
    let object = out.join("sco-explorer-resources.o");
    let windres = windres();
    let status = Command::new(&windres)
        .arg("--input")
        .arg(&script)
        .args(["--input-format=rc", "--output-format=coff", "--output"])
        .arg(&object)
        .status()
        .map_err(|e| format!("{windres} did not start ({e})"))?;
    if !status.success() {
        return Err(format!("{windres} failed ({status})"));
    }
    println!("cargo:rustc-link-arg-bin=sco-explorer={}", object.display());
    Ok(())
}

/// The resource compiler: `WINDRES`, else mingw's for the target's architecture.
fn windres() -> String {
    if let Ok(named) = env::var("WINDRES") {
        return named;
    }
    match env::var("CARGO_CFG_TARGET_ARCH").as_deref() {
        Ok("x86_64") => "x86_64-w64-mingw32-windres".to_owned(),
        Ok("x86") => "i686-w64-mingw32-windres".to_owned(),
        _ => "windres".to_owned(),
    }
}

/// The icon (resource 1, the one Explorer shows) and the version information, in US English
/// (0x0409) with Unicode strings (1200).
fn resource_script(icon: &Path) -> String {
    let version = env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let number = |name: &str| {
        env::var(name)
            .ok()
            .and_then(|v| v.parse::<u16>().ok())
            .unwrap_or(0)
    };
    let (major, minor, patch) = (
        number("CARGO_PKG_VERSION_MAJOR"),
        number("CARGO_PKG_VERSION_MINOR"),
        number("CARGO_PKG_VERSION_PATCH"),
    );
    let description = env::var("CARGO_PKG_DESCRIPTION").unwrap_or_default();
    let icon = icon.display().to_string().replace('\\', "/");
    format!(
        r#"1 ICON "{icon}"
1 VERSIONINFO
FILEVERSION {major},{minor},{patch},0
PRODUCTVERSION {major},{minor},{patch},0
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "ProductName", "SCO development-finance explorer"
      VALUE "FileDescription", "{description}"
      VALUE "FileVersion", "{version}"
      VALUE "ProductVersion", "{version}"
      VALUE "OriginalFilename", "sco-explorer.exe"
      VALUE "InternalName", "sco-explorer"
      VALUE "LegalCopyright", "MIT OR Apache-2.0"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x0409, 1200
  END
END
"#
    )
}
