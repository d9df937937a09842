//! The sample corpus, compiled into the example so that it runs from anywhere.

use vncoop::pipeline::Input;

/// The sample reports: file name and bytes.
pub const EMBEDDED: &[(&str, &[u8])] = &[
    (
        "vi_thai_binh_2023.txt",
        include_bytes!("../data/vi_thai_binh_2023.txt"),
    ),
    (
        "vi_hung_yen_2024.txt",
        include_bytes!("../data/vi_hung_yen_2024.txt"),
    ),
    (
        "vi_hung_yen_2025.txt",
        include_bytes!("../data/vi_hung_yen_2025.txt"),
    ),
    (
        "en_thai_binh_2024.txt",
        include_bytes!("../data/en_thai_binh_2024.txt"),
    ),
    (
        "en_lam_dong_2024.txt",
        include_bytes!("../data/en_lam_dong_2024.txt"),
    ),
    (
        "id_binh_thuan_2024.txt",
        include_bytes!("../data/id_binh_thuan_2024.txt"),
    ),
];

/// The embedded sample reports as pipeline inputs.
pub fn embedded() -> Vec<Input> {
    EMBEDDED
        .iter()
        .map(|&(name, bytes)| Input::bytes(name, bytes))
        .collect()
}
