//! A zip file of a few small files, each deflated: how the web edition gives the CSV export
//! (several files, all or none) as one download. Only what that needs: no folders, no
//! encryption, no ZIP64 (every file and the whole archive stay far under 4 GiB; larger input
//! is refused). Names are UTF-8 (flag bit 11), read as such by every current unzipper.

use miniz_oxide::deflate::compress_to_vec;

/// Deflate's compression level for the entries (6: zlib's default).
const LEVEL: u8 = 6;

/// Why a zip file could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ZipError {
    #[error("{name} is too large for a zip file without ZIP64")]
    TooLarge { name: String },
}

/// A zip file holding `files` (name, bytes), in order, dated `date` (year, month, day; the
/// clock time is midnight).
pub fn zip(files: &[(&str, &[u8])], date: (u16, u16, u16)) -> Result<Vec<u8>, ZipError> {
    let (year, month, day) = date;
    let dos_date =
        (year.saturating_sub(1980).min(127) << 9) | (month.clamp(1, 12) << 5) | day.clamp(1, 31);
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, bytes) in files {
        let too_large = || ZipError::TooLarge {
            name: (*name).to_owned(),
        };
        let packed = compress_to_vec(bytes, LEVEL);
        let offset = u32::try_from(out.len()).map_err(|_| too_large())?;
        let size = u32::try_from(bytes.len()).map_err(|_| too_large())?;
        let packed_size = u32::try_from(packed.len()).map_err(|_| too_large())?;
        let name_len = u16::try_from(name.len()).map_err(|_| too_large())?;
        let crc = crc32fast::hash(bytes);
        // What the local header and the central directory both say of the entry.
        let mut common = Vec::with_capacity(26);
        common.extend_from_slice(&20u16.to_le_bytes()); // version needed: 2.0 (deflate)
        common.extend_from_slice(&0x0800u16.to_le_bytes()); // the name is UTF-8
        common.extend_from_slice(&8u16.to_le_bytes()); // deflated
        common.extend_from_slice(&0u16.to_le_bytes()); // 00:00
        common.extend_from_slice(&dos_date.to_le_bytes());
        common.extend_from_slice(&crc.to_le_bytes());
        common.extend_from_slice(&packed_size.to_le_bytes());
        common.extend_from_slice(&size.to_le_bytes());
        common.extend_from_slice(&name_len.to_le_bytes());
        common.extend_from_slice(&0u16.to_le_bytes()); // no extra field

        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&common);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&packed);

        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // made by: 2.0, MS-DOS attributes
        central.extend_from_slice(&common);
        central.extend_from_slice(&0u16.to_le_bytes()); // no comment
        central.extend_from_slice(&0u16.to_le_bytes()); // disk 0
        central.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let whole = || ZipError::TooLarge {
        name: "the archive".to_owned(),
    };
    let count = u16::try_from(files.len()).map_err(|_| whole())?;
    let central_at = u32::try_from(out.len()).map_err(|_| whole())?;
    let central_size = u32::try_from(central.len()).map_err(|_| whole())?;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // this disk
    out.extend_from_slice(&0u16.to_le_bytes()); // the central directory's disk
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&central_size.to_le_bytes());
    out.extend_from_slice(&central_at.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // no comment
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u16_at(b: &[u8], at: usize) -> u16 {
        u16::from_le_bytes([b[at], b[at + 1]])
    }
    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
    }

    /// Reads the archive back through its central directory, as an unzipper does.
    fn unzip(b: &[u8]) -> Vec<(String, Vec<u8>)> {
        let end = b.len() - 22;
        assert_eq!(u32_at(b, end), 0x0605_4b50);
        let count = usize::from(u16_at(b, end + 10));
        let mut at = u32_at(b, end + 16) as usize;
        let mut files = Vec::new();
        for _ in 0..count {
            assert_eq!(u32_at(b, at), 0x0201_4b50);
            let crc = u32_at(b, at + 16);
            let packed = u32_at(b, at + 20) as usize;
            let size = u32_at(b, at + 24) as usize;
            let name_len = usize::from(u16_at(b, at + 28));
            let local = u32_at(b, at + 42) as usize;
            let name = String::from_utf8(b[at + 46..at + 46 + name_len].to_vec()).unwrap();
            assert_eq!(u32_at(b, local), 0x0403_4b50);
            let data_at = local + 30 + usize::from(u16_at(b, local + 26));
            let bytes =
                miniz_oxide::inflate::decompress_to_vec(&b[data_at..data_at + packed]).unwrap();
            assert_eq!(bytes.len(), size);
            assert_eq!(crc32fast::hash(&bytes), crc);
            files.push((name, bytes));
            at += 46 + name_len;
        }
        files
    }

    #[test]
    fn every_file_reads_back_whole_under_its_name() {
        let bank = "year,approvals\n2027,1.5\n".repeat(200);
        let files: [(&str, &[u8]); 3] = [
            ("bank.csv", bank.as_bytes()),
            ("empty.csv", b""),
            ("доли-份额.csv", "a,b\n1,2\n".as_bytes()),
        ];
        let archive = zip(&files, (2026, 12, 2)).unwrap();
        let back = unzip(&archive);
        assert_eq!(back.len(), 3);
        for ((name, bytes), (back_name, back_bytes)) in files.iter().zip(&back) {
            assert_eq!(name, back_name);
            assert_eq!(bytes, back_bytes);
        }
        assert!(archive.len() < bank.len() / 4, "the entries are deflated");
    }
}
