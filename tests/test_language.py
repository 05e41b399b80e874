"""Indonesian news about Malaysia or China must stay Indonesian: the names and
offices it mentions ("Wang", "Perdana Menteri Malaysia", "luar negeri") are not
evidence of Malay."""

from peristiwa.clean.language import identify

INDONESIAN_ABOUT_MALAYSIA = (
    "Perdana Menteri Malaysia Anwar Ibrahim menerima kunjungan resmi Menteri Luar Negeri China "
    "Wang Yi di Putrajaya, Selasa. Wang mengatakan kedua negara sepakat memperluas kerja sama "
    "perdagangan. Anwar tiba di Jakarta pada Minggu malam dan menggelar pertemuan dengan Presiden. "
    "Wang juga bertemu Menteri Luar Negeri Malaysia untuk membahas Laut China Selatan."
)

MALAY = (
    "Kerajaan Malaysia telah memaklumkan bahawa beliau akan mengadakan lawatan rasmi ke Beijing "
    "minggu hadapan. Perdana Menteri berkata keputusan itu dibuat selepas mesyuarat kabinet pada "
    "hari Isnin, kerana kerajaan mahu mengukuhkan hubungan dua hala iaitu dalam bidang perdagangan."
)


def test_indonesian_about_malaysia_is_indonesian():
    lang, conf = identify(INDONESIAN_ABOUT_MALAYSIA)
    assert lang == "id" and conf > 0.5


def test_malay_is_still_malay():
    lang, _ = identify(MALAY)
    assert lang == "ms"
