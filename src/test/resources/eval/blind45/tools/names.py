# Output file names of the six generated reports (fixed, so questions can refer to them).
NAMES = {
    "005": "005_3f9a61c0d2e84b57.html",
    "006": "006_a84c2e19f07d6b3e.docx",
    "007": "007_5d1e7b0c93a6f248.pdf",
    "008": "008_c27f94e0b1a5d863.md",
    "009": "009_e6b03d8a5f2c1947.txt",
    "010": "010_1b8d5fa3e0c7629e.txt",
}
