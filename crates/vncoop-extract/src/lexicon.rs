//! The words the rules look for, per language, as data. Each entry is a phrase and the role it
//! plays; matching folds case and diacritics and takes the longest phrase where phrases
//! overlap, so "Provincial Cooperative Union" (the alliance) wins over "cooperative union".
//!
//! Nouns of organisations, sectors and OCOP product groups come from `vncoop-model`; this file
//! adds the words of report prose: people, money, time, plans, changes.

use std::collections::HashSet;
use std::sync::OnceLock;

use vncoop_model::{LegalForm, Sector};

use crate::places::Level;
use vncoop_text::vietnamese::diacritics_agree;
use vncoop_text::{Folded, Gazetteer, GazetteerBuilder, Lang, Mention};

/// What a money phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum MoneyWord {
    Revenue,
    Profit,
    Income,
    CharterCapital,
    Loans,
    /// Total capital or assets: reported as `other`.
    Capital,
    /// A bonus, reward or grant paid out: reported as `other`.
    Award,
    /// GDP or GRDP: the economy's output, outside the sector (a share of it is a figure).
    Gdp,
    /// What the sector pays to the state budget: reported as `other`.
    Budget,
    /// The value of what the sector produces ("giá trị sản xuất", "production value"):
    /// reported as `other`.
    Output,
}

/// The role a phrase plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Term {
    /// A kind of organisation.
    Form(LegalForm),
    /// A sector word.
    Sector(Sector),
    /// "phi nông nghiệp", "non-agricultural", "non-pertanian": every sector but agriculture,
    /// which the model has no one sector for. It says the figure has none, and shields the
    /// agriculture word inside it.
    NonSector,
    Members,
    Employees,
    Jobs,
    /// "people", "người": whose people the words before say.
    People,
    /// "per capita", "đầu người", "per kapita": an income per head, of a population unless an
    /// organisation or its people are named before it.
    PerCapita,
    Products,
    Chains,
    /// "tổ chức kinh tế tập thể", "collective economic organizations": cooperatives, groups and
    /// unions counted together, a total of no one legal form.
    Collective,
    /// "nhóm sở thích", "interest groups", "kelompok kepentingan": farmers' groups formed
    /// around one crop or craft, no legal form of the cooperative law; reported as `other`.
    InterestGroups,
    Money(MoneyWord),
    Average,
    Total,
    Ocop,
    HighTech,
    ValueChain,
    /// "new", "mới", "baru" next to the noun.
    New,
    /// "establish", "thành lập", "mendirikan" before the number.
    Establish,
    /// "strive", "phấn đấu", "diharapkan": what follows is a goal.
    Target,
    /// "tasks for 2024", "nhiệm vụ": the rest of the paragraph lists goals.
    Tasks,
    Estimate,
    /// "đạt", "reaching", "melampaui": a plan word after it is a result, not a goal
    /// ("đạt 62,3% kế hoạch", "meeting the set plan targets").
    Fulfil,
    /// "plan", "planned": a plan noun that is no goal cue by itself, only the measure of a
    /// fulfilment rate ("reaching 165% of the yearly plan").
    Plan,
    /// "hiện nay", "currently", "saat ini": what follows is the present state, not a goal.
    Now,
    /// "công nhận", "recognized", "menetapkan": products recognized in the period, a flow
    /// beside the running total (reward words, `Money(Award)`, say the same of products).
    Recognized,
    /// "certified", "được cấp", "telah mendapatkan sertifikat": organisations marked out by a
    /// certificate, code or title they were given, a part and never the total.
    Certified,
    /// "giải thể", "dissolved", "membubarkan" right before a count: the organisations
    /// dissolved, never all there are.
    Dissolve,
    /// "annually", "mỗi năm", "setiap tahun": a count made every year.
    Annual,
    /// "per month", "mỗi tháng", "setiap bulan": a count made every month, never the count of
    /// a year.
    Monthly,
    /// "trong đó", "of which", "including": what follows is a part of the figure before.
    Subset,
    /// "an increase of", "tăng", "meningkat".
    Change,
    /// "a decrease of", "giảm", "menurun": a change downwards, read as a negative value.
    Decrease,
    /// "supported", "hỗ trợ", "to benefit": the organisations are objects of support.
    Support,
    /// A lending verb or loans given: "loans to", "lent", "cho vay", "giải ngân", "menyalurkan
    /// pinjaman". An amount it governs is loans; organisations it reaches are borrowers.
    Lend,
    /// The cooperative development support fund: a lender to cooperatives, whose loans are the
    /// sector's ("dư nợ cho vay từ Quỹ hỗ trợ phát triển HTX"). Its name holds no support word
    /// and names no organisation counted.
    CoopFund,
    /// "the cooperative", "HTX này": one named organisation.
    Single,
    /// "xã này", "the commune", "komune ini": a place named before, of this level.
    PointsBack(crate::places::Level),
    /// A body outside the collective economy (Farmers' Association).
    Outside,
    /// "cả nước", "nationwide".
    National,
    /// "toàn tỉnh", "the whole province", "seluruh provinsi": the report is a province's.
    Provincial,
    /// "ban chấp hành", "executive board", "dewan pengurus": the board of one organisation,
    /// whose members are no members of the sector.
    Board,
    /// A phrase that only shields its words from shorter matches ("national average").
    Shield,
    /// "kinh tế tập thể", "collective economy", "ekonomi kolektif": the sector as a whole,
    /// which an amount may be said of with no organisation named.
    CollectiveEconomy,
    /// "provinces", "huyện", "rumah tangga": a noun that counts something else than the
    /// organisations and people of the collective economy. A figure it follows counts it ("16
    /// provinces not having Cooperative Assistance Funds" counts no cooperative).
    OtherNoun,
    /// "cán bộ quản lý", "managers", "manajer": people who run organisations, counted apart
    /// from them and from their members.
    Staff,
    /// "mỗi", "each", "per", "setiap": with a noun, the unit a figure is counted per ("176
    /// anggota di setiap koperasi", "one province has 220 cooperatives").
    Each,
    /// A region of several provinces: "Đồng bằng sông Hồng", "the Mekong Delta", "Dataran
    /// Tinggi Tengah".
    Region,
    /// "must have", "phải có tối thiểu", "harus memiliki": what follows is a condition set by
    /// law or rule, not a figure of the sector.
    Requirement,
}

use MoneyWord::*;
use Term::*;

/// Report-prose words (organisation and sector nouns are added from the model).
const WORDS: &[(Lang, &str, Term)] = &[
    // Vietnamese
    (Lang::Vi, "thành viên", Members),
    (Lang::Vi, "xã viên", Members),
    (Lang::Vi, "hội viên", Members),
    // The members of a cooperative group.
    (Lang::Vi, "tổ viên", Members),
    // Cooperatives that are members of a union are counted as cooperatives.
    (Lang::Vi, "htx thành viên", Form(LegalForm::Cooperative)),
    (
        Lang::Vi,
        "hợp tác xã thành viên",
        Form(LegalForm::Cooperative),
    ),
    (
        Lang::Vi,
        "hợp tác xã là thành viên",
        Form(LegalForm::Cooperative),
    ),
    (Lang::Vi, "htx là thành viên", Form(LegalForm::Cooperative)),
    (Lang::Vi, "lao động", Employees),
    (Lang::Vi, "người lao động", Employees),
    (Lang::Vi, "lao động thường xuyên", Employees),
    // Workers who are members are workers: "trong đó lao động là thành viên 3.250 người".
    (Lang::Vi, "lao động là thành viên", Employees),
    (Lang::Vi, "việc làm", Jobs),
    (Lang::Vi, "người", People),
    (Lang::Vi, "đầu người", PerCapita),
    // The six socio-economic regions (General Statistics Office of Vietnam).
    (Lang::Vi, "trung du và miền núi phía bắc", Region),
    (Lang::Vi, "trung du miền núi phía bắc", Region),
    (Lang::Vi, "đồng bằng sông hồng", Region),
    (Lang::Vi, "bắc trung bộ và duyên hải miền trung", Region),
    (Lang::Vi, "duyên hải miền trung", Region),
    (Lang::Vi, "duyên hải nam trung bộ", Region),
    (Lang::Vi, "tây nguyên", Region),
    (Lang::Vi, "đông nam bộ", Region),
    (Lang::Vi, "đồng bằng sông cửu long", Region),
    (Lang::Vi, "mỗi", Each),
    (Lang::Vi, "trên mỗi", Each),
    (Lang::Vi, "tỉnh", OtherNoun),
    (Lang::Vi, "huyện", OtherNoun),
    (Lang::Vi, "xã", OtherNoun),
    (Lang::Vi, "phường", OtherNoun),
    (Lang::Vi, "địa phương", OtherNoun),
    (Lang::Vi, "chi nhánh", OtherNoun),
    (Lang::Vi, "hộ", OtherNoun),
    (Lang::Vi, "doanh nghiệp", OtherNoun),
    (Lang::Vi, "trang trại", OtherNoun),
    (Lang::Vi, "cán bộ", Staff),
    (Lang::Vi, "sản phẩm", Products),
    (Lang::Vi, "chuỗi", Chains),
    (Lang::Vi, "tổ chức kinh tế tập thể", Collective),
    (Lang::Vi, "nhóm sở thích", InterestGroups),
    (Lang::Vi, "doanh thu", Money(Revenue)),
    (Lang::Vi, "giá trị sản xuất", Money(Output)),
    (Lang::Vi, "lợi nhuận", Money(Profit)),
    (Lang::Vi, "lãi", Money(Profit)),
    (Lang::Vi, "thu nhập", Money(Income)),
    (Lang::Vi, "vốn điều lệ", Money(CharterCapital)),
    (Lang::Vi, "tổng vốn điều lệ", Money(CharterCapital)),
    (Lang::Vi, "dư nợ", Money(Loans)),
    (Lang::Vi, "dư nợ cho vay", Money(Loans)),
    (Lang::Vi, "vốn vay", Money(Loans)),
    (Lang::Vi, "vốn hoạt động", Money(Capital)),
    (Lang::Vi, "tổng vốn", Money(Capital)),
    (Lang::Vi, "nguồn vốn", Money(Capital)),
    (Lang::Vi, "tổng nguồn vốn", Money(Capital)),
    (Lang::Vi, "tài sản", Money(Capital)),
    // "thưởng" folds like "thường" ("thường xuyên", regular): the diacritics check keeps
    // them apart.
    (Lang::Vi, "tiền thưởng", Money(Award)),
    (Lang::Vi, "khen thưởng", Money(Award)),
    (Lang::Vi, "mức thưởng", Money(Award)),
    (Lang::Vi, "thưởng", Money(Award)),
    (Lang::Vi, "kinh phí hỗ trợ", Money(Award)),
    (Lang::Vi, "gdp", Money(Gdp)),
    (Lang::Vi, "grdp", Money(Gdp)),
    (Lang::Vi, "tổng sản phẩm nội địa", Money(Gdp)),
    (Lang::Vi, "tổng sản phẩm trong nước", Money(Gdp)),
    (Lang::Vi, "nộp ngân sách", Money(Budget)),
    (Lang::Vi, "ngân sách nhà nước", Money(Budget)),
    (Lang::Vi, "tốc độ tăng", Change),
    (Lang::Vi, "tốc độ tăng trưởng", Change),
    (Lang::Vi, "bình quân", Average),
    (Lang::Vi, "trung bình", Average),
    // A rating, not an average: "60 HTX loại trung bình", "hoạt động trung bình".
    (Lang::Vi, "loại trung bình", Shield),
    (Lang::Vi, "hoạt động trung bình", Shield),
    (Lang::Vi, "tổng", Total),
    (Lang::Vi, "tổng số", Total),
    (Lang::Vi, "ứng dụng công nghệ cao", HighTech),
    (Lang::Vi, "công nghệ cao", HighTech),
    (Lang::Vi, "liên kết chuỗi", ValueChain),
    (Lang::Vi, "chuỗi giá trị", ValueChain),
    (Lang::Vi, "chuỗi liên kết", ValueChain),
    // Linked with businesses in production or sale: "61 HTX liên kết tiêu thụ sản phẩm với
    // doanh nghiệp", "liên kết sản xuất", "linked with enterprises", "bermitra dengan perusahaan".
    (Lang::Vi, "liên kết tiêu thụ", ValueChain),
    (Lang::Vi, "liên kết sản xuất", ValueChain),
    (Lang::Vi, "liên kết với doanh nghiệp", ValueChain),
    (Lang::Vi, "mới", New),
    // "Mới" in fixed phrases says nothing of when an organisation was set up: the New Rural
    // programme, new-style cooperatives, renewal.
    (Lang::Vi, "nông thôn mới", Shield),
    (Lang::Vi, "phải có tối thiểu", Requirement),
    (Lang::Vi, "tối thiểu phải có", Requirement),
    (Lang::En, "must have", Requirement),
    (Lang::En, "must include", Requirement),
    (Lang::En, "is required to have", Requirement),
    (Lang::En, "are required to have", Requirement),
    (Lang::Id, "harus memiliki", Requirement),
    (Lang::Id, "wajib memiliki", Requirement),
    (Lang::Vi, "phi nông nghiệp", NonSector),
    (Lang::En, "non-agricultural", NonSector),
    (Lang::En, "non-agriculture", NonSector),
    (Lang::En, "non-farm", NonSector),
    (Lang::Id, "non-pertanian", NonSector),
    (Lang::Id, "non pertanian", NonSector),
    (Lang::Id, "bukan pertanian", NonSector),
    (Lang::Vi, "kiểu mới", Shield),
    (Lang::Vi, "đổi mới", Shield),
    (Lang::Vi, "thành lập mới", Establish),
    (Lang::Vi, "thành lập", Establish),
    // "20.234 HTX ra đời": came into being.
    (Lang::Vi, "ra đời", Establish),
    // Words of trade that name no sector: what all organisations sell ("revenue from goods and
    // services"), what they take part in ("trade promotion").
    (Lang::Vi, "hàng hóa và dịch vụ", Shield),
    (Lang::Vi, "hàng hóa, dịch vụ", Shield),
    (Lang::Vi, "xúc tiến thương mại", Shield),
    (Lang::En, "goods and services", Shield),
    (Lang::En, "trade promotion", Shield),
    // Phrases that point back to a place named before: "xã này có 17 HTX", "the commune has".
    (Lang::Vi, "huyện này", PointsBack(Level::District)),
    (Lang::Vi, "quận này", PointsBack(Level::District)),
    (Lang::Vi, "thị xã này", PointsBack(Level::District)),
    (Lang::En, "the district", PointsBack(Level::District)),
    (Lang::En, "this district", PointsBack(Level::District)),
    (Lang::Id, "distrik ini", PointsBack(Level::District)),
    (Lang::Id, "kabupaten ini", PointsBack(Level::District)),
    (Lang::Vi, "xã này", PointsBack(Level::Commune)),
    (Lang::Vi, "phường này", PointsBack(Level::Commune)),
    (Lang::Vi, "thị trấn này", PointsBack(Level::Commune)),
    (Lang::En, "the commune", PointsBack(Level::Commune)),
    (Lang::En, "this commune", PointsBack(Level::Commune)),
    (Lang::En, "the ward", PointsBack(Level::Commune)),
    (Lang::En, "this ward", PointsBack(Level::Commune)),
    (Lang::Id, "komune ini", PointsBack(Level::Commune)),
    (Lang::Id, "kelurahan ini", PointsBack(Level::Commune)),
    (Lang::Vi, "thôn này", PointsBack(Level::Village)),
    (Lang::Vi, "làng này", PointsBack(Level::Village)),
    (Lang::En, "the village", PointsBack(Level::Village)),
    (Lang::En, "this village", PointsBack(Level::Village)),
    (Lang::Id, "desa ini", PointsBack(Level::Village)),
    (Lang::Id, "barang dan jasa", Shield),
    (Lang::Id, "promosi perdagangan", Shield),
    // Trade online and things electronic, which any organisation may use: "12 HTX tham gia sàn
    // thương mại điện tử" names neither trade nor electricity as the cooperatives' sector.
    (Lang::Vi, "thương mại điện tử", Shield),
    (Lang::Vi, "điện tử", Shield),
    (Lang::Vi, "điện thoại", Shield),
    (Lang::En, "e-commerce", Shield),
    (Lang::En, "electronic commerce", Shield),
    (Lang::Id, "e-commerce", Shield),
    (Lang::Id, "perdagangan elektronik", Shield),
    (Lang::Id, "perdagangan daring", Shield),
    // Founded before a date says how old an organisation is, not that it is new.
    (Lang::Vi, "thành lập trước", Shield),
    (Lang::En, "established before", Shield),
    (Lang::En, "founded before", Shield),
    (Lang::Id, "didirikan sebelum", Shield),
    // The National Target Programmes (new rural development, poverty reduction) are names: the
    // funds they allocate are spent, not planned.
    (Lang::Vi, "mục tiêu quốc gia", Shield),
    (Lang::En, "national target program", Shield),
    (Lang::En, "national target programs", Shield),
    (Lang::En, "national target programme", Shield),
    (Lang::En, "national target programmes", Shield),
    (Lang::Id, "program target nasional", Shield),
    (Lang::Vi, "phấn đấu", Target),
    (Lang::Vi, "mục tiêu", Target),
    (Lang::Vi, "dự kiến", Target),
    (Lang::Vi, "kế hoạch", Target),
    (Lang::Vi, "chỉ tiêu", Target),
    (Lang::Vi, "sẽ", Target),
    (Lang::Vi, "nhiệm vụ", Tasks),
    (Lang::Vi, "phương hướng", Tasks),
    (Lang::Vi, "ước", Estimate),
    (Lang::Vi, "ước tính", Estimate),
    (Lang::Vi, "ước đạt", Estimate),
    (Lang::Vi, "đạt", Fulfil),
    (Lang::Vi, "vượt", Fulfil),
    (Lang::Vi, "hoàn thành", Fulfil),
    (Lang::Vi, "kế hoạch và đầu tư", Shield),
    (Lang::Vi, "trong đó", Subset),
    (Lang::Vi, "hiện nay", Now),
    (Lang::Vi, "hiện có", Now),
    (Lang::Vi, "hiện tại", Now),
    (Lang::Vi, "đến nay", Now),
    (Lang::Vi, "công nhận", Recognized),
    (Lang::Vi, "được cấp", Certified),
    (Lang::Vi, "được chứng nhận", Certified),
    (Lang::Vi, "đạt chứng nhận", Certified),
    (Lang::Vi, "được cấp giấy chứng nhận", Certified),
    (Lang::Vi, "được cấp mã số", Certified),
    (Lang::Vi, "đạt tiêu chuẩn", Certified),
    (Lang::Vi, "theo tiêu chuẩn", Certified),
    (Lang::Vi, "vietgap", Certified),
    (Lang::Vi, "giải thể", Dissolve),
    // Registered, which every organisation is: no distinction.
    (Lang::Vi, "được cấp giấy chứng nhận đăng ký", Shield),
    (Lang::Vi, "được cấp đăng ký", Shield),
    (Lang::Vi, "hằng năm", Annual),
    (Lang::Vi, "hàng năm", Annual),
    (Lang::Vi, "mỗi năm", Annual),
    (Lang::Vi, "mỗi tháng", Monthly),
    (Lang::Vi, "hằng tháng", Monthly),
    (Lang::Vi, "hàng tháng", Monthly),
    (Lang::Vi, "tăng", Change),
    (Lang::Vi, "tăng thêm", Change),
    (Lang::Vi, "tăng lên thêm", Change),
    (Lang::Vi, "giảm", Decrease),
    (Lang::Vi, "tăng cường", Shield),
    // The level a change arrives at is a level, not the change: "tăng lên 512 HTX".
    (Lang::Vi, "tăng lên", Shield),
    (Lang::Vi, "giảm xuống", Shield),
    (Lang::Vi, "giảm còn", Shield),
    (Lang::Vi, "hỗ trợ", Support),
    (Lang::Vi, "cho vay", Lend),
    (Lang::Vi, "giải ngân", Lend),
    (Lang::Vi, "được vay", Lend),
    (Lang::Vi, "được vay vốn", Lend),
    (Lang::Vi, "vay vốn", Lend),
    (Lang::Vi, "vay", Lend),
    (Lang::Vi, "quỹ hỗ trợ phát triển hợp tác xã", CoopFund),
    (Lang::Vi, "quỹ hỗ trợ phát triển htx", CoopFund),
    (Lang::Vi, "HTX này", Single),
    (Lang::Vi, "hợp tác xã này", Single),
    // An example, not the sector: "Một HTX điển hình có 30 thành viên". Without "một",
    // "HTX điển hình" is a class ("20 HTX điển hình tiên tiến").
    (Lang::Vi, "một HTX điển hình", Single),
    (Lang::Vi, "một hợp tác xã điển hình", Single),
    (Lang::Vi, "giám đốc HTX", Single),
    // One singled out by a superlative: "HTX lớn nhất có 1.200 thành viên".
    (Lang::Vi, "HTX lớn nhất", Single),
    (Lang::Vi, "hợp tác xã lớn nhất", Single),
    (Lang::Vi, "HTX có quy mô lớn nhất", Single),
    (Lang::Vi, "HTX nhỏ nhất", Single),
    (Lang::Vi, "HTX có số thành viên đông nhất", Single),
    (Lang::Vi, "HTX có số thành viên lớn nhất", Single),
    (Lang::Vi, "HTX có doanh thu cao nhất", Single),
    (Lang::Vi, "HTX có doanh thu lớn nhất", Single),
    (Lang::Vi, "HTX có lợi nhuận cao nhất", Single),
    (Lang::En, "the cooperative with the most members", Single),
    (Lang::En, "the cooperative with the highest revenue", Single),
    (Lang::Id, "koperasi dengan anggota terbanyak", Single),
    (Lang::Id, "koperasi dengan pendapatan tertinggi", Single),
    (Lang::Vi, "hội nông dân", Outside),
    (Lang::Vi, "quỹ hỗ trợ nông dân", Outside),
    (Lang::Vi, "cả nước", National),
    (Lang::Vi, "toàn tỉnh", Provincial),
    (Lang::Vi, "ban chấp hành", Board),
    (Lang::Vi, "ban thường vụ", Board),
    (Lang::Vi, "hội đồng quản trị", Board),
    (Lang::Vi, "ban kiểm soát", Board),
    (Lang::Vi, "trên địa bàn tỉnh", Provincial),
    (Lang::Vi, "toàn quốc", National),
    (Lang::Vi, "việt nam có", National),
    // A comparison with the country is no national figure: "đạt mức trung bình cả nước".
    (Lang::Vi, "trung bình cả nước", Shield),
    (Lang::Vi, "bình quân cả nước", Shield),
    (Lang::Vi, "kinh tế tập thể", CollectiveEconomy),
    (Lang::Vi, "kinh tế hợp tác", CollectiveEconomy),
    (Lang::Vi, "luật hợp tác xã", Shield),
    (Lang::Vi, "OCOP", Ocop),
    (Lang::Vi, "mỗi xã một sản phẩm", Ocop),
    // English
    (Lang::En, "OCOP", Ocop),
    (Lang::En, "one commune one product", Ocop),
    (Lang::En, "member", Members),
    (Lang::En, "members", Members),
    // "with a combined membership of 41,250".
    (Lang::En, "membership", Members),
    (Lang::En, "member cooperative", Form(LegalForm::Cooperative)),
    (
        Lang::En,
        "member cooperatives",
        Form(LegalForm::Cooperative),
    ),
    // "650,000 cooperative members", "cooperative workers": in English the organisation word
    // before "members" or "workers" says whose they are; the people are counted.
    (Lang::En, "cooperative members", Members),
    (Lang::En, "cooperatives members", Members),
    (Lang::En, "cooperative workers", Employees),
    (Lang::En, "cooperative employees", Employees),
    (Lang::En, "capital contributors", Members),
    (Lang::En, "associate members", Members),
    (Lang::En, "employees", Employees),
    (Lang::En, "regular employees", Employees),
    (Lang::En, "workers", Employees),
    (Lang::En, "workers who are members", Employees),
    (Lang::En, "labourers", Employees),
    (Lang::En, "laborers", Employees),
    // "the monthly income of a regular worker": one worker stands for all.
    (Lang::En, "worker", Employees),
    (Lang::En, "employee", Employees),
    (Lang::En, "labourer", Employees),
    (Lang::En, "laborer", Employees),
    // An employing verb makes the people it counts employees: "employs a total of 8,806
    // persons" (see EMPLOYING_VERBS).
    (Lang::En, "employs", Employees),
    (Lang::En, "employ", Employees),
    (Lang::En, "jobs", Jobs),
    (Lang::En, "new jobs", Jobs),
    (Lang::En, "people", People),
    (Lang::En, "per capita", PerCapita),
    (Lang::En, "northern midlands and mountains", Region),
    (Lang::En, "northern midlands and mountainous region", Region),
    (Lang::En, "northern mountainous region", Region),
    (Lang::En, "red river delta", Region),
    (Lang::En, "north central and central coast", Region),
    (Lang::En, "north central coast", Region),
    (Lang::En, "south central coast", Region),
    (Lang::En, "central coastal region", Region),
    (Lang::En, "central highlands", Region),
    (Lang::En, "south-eastern region", Region),
    (Lang::En, "southeastern region", Region),
    (Lang::En, "south east region", Region),
    (Lang::En, "southeast region", Region),
    (Lang::En, "mekong delta", Region),
    (Lang::En, "mekong river delta", Region),
    (Lang::En, "each", Each),
    (Lang::En, "every", Each),
    (Lang::En, "per", Each),
    (Lang::En, "in each", Each),
    (Lang::En, "in a", Each),
    (Lang::En, "for each", Each),
    (Lang::En, "one", Each),
    (Lang::En, "province", OtherNoun),
    (Lang::En, "district", OtherNoun),
    (Lang::En, "provinces", OtherNoun),
    (Lang::En, "districts", OtherNoun),
    (Lang::En, "communes", OtherNoun),
    (Lang::En, "localities", OtherNoun),
    // Branches of a cooperative are no cooperatives.
    (Lang::En, "cooperative branches", OtherNoun),
    (Lang::En, "cooperative branch", OtherNoun),
    (Lang::En, "households", OtherNoun),
    (Lang::En, "enterprises", OtherNoun),
    (Lang::En, "businesses", OtherNoun),
    (Lang::En, "farms", OtherNoun),
    (Lang::En, "managers", Staff),
    (Lang::En, "officials", Staff),
    (Lang::En, "cadres", Staff),
    (Lang::En, "persons", People),
    (Lang::En, "products", Products),
    (Lang::En, "product", Products),
    (Lang::En, "chains", Chains),
    (Lang::En, "collective economic organizations", Collective),
    (Lang::En, "collective economic organisations", Collective),
    (Lang::En, "collective economic organization", Collective),
    (Lang::En, "collective economic organisation", Collective),
    (Lang::En, "collective economic units", Collective),
    (Lang::En, "interest groups", InterestGroups),
    (Lang::En, "interest group", InterestGroups),
    (Lang::En, "revenue", Money(Revenue)),
    (Lang::En, "production value", Money(Output)),
    (Lang::En, "output value", Money(Output)),
    (Lang::En, "turnover", Money(Revenue)),
    // "60 cooperatives earned over VND 10 billion": what they took in.
    (Lang::En, "earned", Money(Revenue)),
    (Lang::En, "earn", Money(Revenue)),
    (Lang::En, "profit", Money(Profit)),
    (Lang::En, "profits", Money(Profit)),
    (Lang::En, "income", Money(Income)),
    // "Regular workers earned an average of 5.8 million VND a month" ("earned" alone may be
    // revenue: "each cooperative earned VND 4.1 billion in revenue").
    (Lang::En, "earned an average", Money(Income)),
    (Lang::En, "earn an average", Money(Income)),
    (Lang::En, "earning an average", Money(Income)),
    (Lang::En, "charter capital", Money(CharterCapital)),
    (Lang::En, "gdp", Money(Gdp)),
    (Lang::En, "grdp", Money(Gdp)),
    (Lang::En, "gross domestic product", Money(Gdp)),
    (Lang::En, "state budget", Money(Budget)),
    (Lang::En, "budget contributions", Money(Budget)),
    (Lang::En, "loans", Money(Loans)),
    (Lang::En, "outstanding loans", Money(Loans)),
    (Lang::En, "operating capital", Money(Capital)),
    (Lang::En, "total capital", Money(Capital)),
    (Lang::En, "working capital", Money(Capital)),
    (Lang::En, "total assets", Money(Capital)),
    (Lang::En, "assets", Money(Capital)),
    (Lang::En, "bonus", Money(Award)),
    (Lang::En, "reward", Money(Award)),
    (Lang::En, "rewards", Money(Award)),
    (Lang::En, "awarded", Money(Award)),
    (Lang::En, "grant", Money(Award)),
    (Lang::En, "average", Average),
    // A rating, not an average: "60 were rated average".
    (Lang::En, "rated average", Shield),
    (Lang::En, "as average", Shield),
    (Lang::En, "total", Total),
    (Lang::En, "totals", Total),
    (Lang::En, "high technology", HighTech),
    (Lang::En, "high-tech", HighTech),
    (Lang::En, "hi-tech", HighTech),
    (Lang::En, "value chain", ValueChain),
    (Lang::En, "value chains", ValueChain),
    (Lang::En, "chain linkage", ValueChain),
    (Lang::En, "chain linkages", ValueChain),
    (Lang::En, "production linkage", ValueChain),
    (Lang::En, "production linkages", ValueChain),
    (Lang::En, "linked with enterprises", ValueChain),
    (Lang::En, "linkages with enterprises", ValueChain),
    (Lang::En, "new", New),
    (Lang::En, "new rural", Shield),
    (Lang::En, "new-style", Shield),
    (Lang::En, "new style", Shield),
    (Lang::En, "new-type", Shield),
    (Lang::En, "new type", Shield),
    (Lang::En, "newly", New),
    (Lang::En, "establish", Establish),
    (Lang::En, "established", Establish),
    (Lang::En, "establishing", Establish),
    (Lang::En, "set up", Establish),
    (Lang::En, "sets up", Establish),
    (Lang::En, "formed", Establish),
    (Lang::En, "founded", Establish),
    (Lang::En, "setting up", Establish),
    (Lang::En, "establishment of", Establish),
    (Lang::En, "the establishment of", Establish),
    (Lang::En, "strive", Target),
    (Lang::En, "strives", Target),
    (Lang::En, "striving", Target),
    (Lang::En, "targeting", Target),
    (Lang::En, "seeks to", Target),
    (Lang::En, "seeking to", Target),
    (Lang::En, "hopes to", Target),
    (Lang::En, "target", Target),
    (Lang::En, "targets", Target),
    (Lang::En, "aims", Target),
    (Lang::En, "aim", Target),
    (Lang::En, "plans", Target),
    (Lang::En, "plan to", Target),
    (Lang::En, "planning to", Target),
    (Lang::En, "intends to", Target),
    (Lang::En, "aiming to", Target),
    (Lang::En, "expected", Target),
    (Lang::En, "expects to", Target),
    // "The ministry expects the number of cooperatives to reach 35,000 by 2025."
    (Lang::En, "expects", Target),
    (Lang::En, "forecasts", Target),
    (Lang::En, "projected", Target),
    (Lang::En, "would have", Target),
    (Lang::En, "would", Target),
    (Lang::En, "will", Target),
    (Lang::En, "goal", Target),
    (Lang::En, "tasks", Tasks),
    (Lang::En, "estimated", Estimate),
    (Lang::En, "reaching", Fulfil),
    (Lang::En, "reached", Fulfil),
    (Lang::En, "achieving", Fulfil),
    (Lang::En, "achieved", Fulfil),
    (Lang::En, "meeting", Fulfil),
    (Lang::En, "exceeding", Fulfil),
    (Lang::En, "exceeded", Fulfil),
    (Lang::En, "plan", Plan),
    (Lang::En, "planned", Plan),
    (Lang::En, "planned target", Target),
    (Lang::En, "planning and investment", Shield),
    (Lang::En, "of which", Subset),
    (Lang::En, "currently", Now),
    (Lang::En, "now", Now),
    (Lang::En, "at present", Now),
    (Lang::En, "so far", Now),
    (Lang::En, "to date", Now),
    (Lang::En, "recognized", Recognized),
    (Lang::En, "certified", Certified),
    (Lang::En, "been certified", Certified),
    (Lang::En, "been granted", Certified),
    (Lang::En, "were granted", Certified),
    (Lang::En, "received certificates", Certified),
    (Lang::En, "obtained certificates", Certified),
    (Lang::En, "vietgap", Certified),
    // Registered, which every organisation is: no distinction.
    (Lang::En, "certified to operate", Shield),
    (Lang::En, "certified for operation", Shield),
    (Lang::En, "granted registration", Shield),
    (Lang::En, "dissolved", Dissolve),
    (Lang::En, "disbanded", Dissolve),
    (Lang::En, "annually", Annual),
    (Lang::En, "each year", Annual),
    (Lang::En, "every year", Annual),
    (Lang::En, "per year", Annual),
    (Lang::En, "a year", Annual),
    // A baseline, not a rate: "up 1,350 members from a year earlier".
    (Lang::En, "a year earlier", Shield),
    (Lang::En, "a year ago", Shield),
    (Lang::En, "a year before", Shield),
    (Lang::En, "per month", Monthly),
    (Lang::En, "a month", Monthly),
    (Lang::En, "each month", Monthly),
    (Lang::En, "every month", Monthly),
    (Lang::En, "recognised", Recognized),
    (Lang::En, "rewarded", Recognized),
    (Lang::En, "including", Subset),
    (Lang::En, "growth rate", Change),
    (Lang::En, "annual growth", Change),
    (Lang::En, "increase of", Change),
    (Lang::En, "an increase of", Change),
    (Lang::En, "increased by", Change),
    (Lang::En, "increasing by", Change),
    (Lang::En, "increasing", Change),
    (Lang::En, "rising", Change),
    (Lang::En, "decreasing", Decrease),
    (Lang::En, "increase by", Change),
    (Lang::En, "rose by", Change),
    (Lang::En, "rising by", Change),
    (Lang::En, "grew by", Change),
    (Lang::En, "rise of", Change),
    (Lang::En, "a rise of", Change),
    (Lang::En, "up by", Change),
    (Lang::En, "decrease of", Decrease),
    (Lang::En, "increased", Change),
    (Lang::En, "decreased", Decrease),
    (Lang::En, "decreased by", Decrease),
    (Lang::En, "rose", Change),
    (Lang::En, "grew", Change),
    (Lang::En, "fell", Decrease),
    (Lang::En, "fell by", Decrease),
    (Lang::En, "dropped", Decrease),
    (Lang::En, "dropped by", Decrease),
    (Lang::En, "declined", Decrease),
    (Lang::En, "declined by", Decrease),
    (Lang::En, "a decrease of", Decrease),
    (Lang::En, "a drop of", Decrease),
    (Lang::En, "a decline of", Decrease),
    (Lang::En, "growth of", Change),
    (Lang::En, "up", Change),
    (Lang::En, "down", Decrease),
    (Lang::En, "down by", Decrease),
    // The level a change arrives at is a level, not the change ("rose to 512"), and phrasal
    // verbs are no change ("set up" is an establishment word above).
    (Lang::En, "increased to", Shield),
    (Lang::En, "decreased to", Shield),
    (Lang::En, "rose to", Shield),
    (Lang::En, "grew to", Shield),
    (Lang::En, "fell to", Shield),
    (Lang::En, "dropped to", Shield),
    (Lang::En, "declined to", Shield),
    (Lang::En, "rising to", Shield),
    (Lang::En, "increasing to", Shield),
    (Lang::En, "up to", Shield),
    // Phrasal verbs: "stepped up support to 96 cooperatives" is no rise.
    (Lang::En, "step up", Shield),
    (Lang::En, "steps up", Shield),
    (Lang::En, "stepped up", Shield),
    (Lang::En, "scale up", Shield),
    (Lang::En, "scaled up", Shield),
    (Lang::En, "build up", Shield),
    (Lang::En, "built up", Shield),
    (Lang::En, "speed up", Shield),
    (Lang::En, "take up", Shield),
    (Lang::En, "took up", Shield),
    (Lang::En, "taken up", Shield),
    // "make up 62 percent": a share, not a rise.
    (Lang::En, "make up", Shield),
    (Lang::En, "makes up", Shield),
    (Lang::En, "made up", Shield),
    (Lang::En, "making up", Shield),
    (Lang::En, "down to", Shield),
    (Lang::En, "step up", Shield),
    (Lang::En, "stepped up", Shield),
    (Lang::En, "scale up", Shield),
    (Lang::En, "scaled up", Shield),
    (Lang::En, "follow up", Shield),
    (Lang::En, "signed up", Shield),
    (Lang::En, "shut down", Shield),
    (Lang::En, "broken down", Shield),
    (Lang::En, "break down", Shield),
    (Lang::En, "supported", Support),
    // "granted support worth 12.5 billion VND to 95 cooperatives".
    (Lang::En, "support worth", Support),
    (Lang::En, "support of", Support),
    (Lang::En, "financial support", Support),
    (Lang::En, "has supported", Support),
    (Lang::En, "organized for", Support),
    (Lang::En, "organised for", Support),
    (Lang::En, "to benefit", Support),
    (Lang::En, "support to", Support),
    (Lang::En, "to support", Support),
    (Lang::En, "to help", Support),
    (Lang::En, "loans to", Lend),
    (Lang::En, "lent", Lend),
    (Lang::En, "loaned", Lend),
    (Lang::En, "disbursed", Lend),
    (Lang::En, "disbursed loans to", Lend),
    (Lang::En, "granted loans to", Lend),
    (Lang::En, "provided loans to", Lend),
    (Lang::En, "received loans", Lend),
    (Lang::En, "borrowed", Lend),
    (Lang::En, "cooperative development support fund", CoopFund),
    (
        Lang::En,
        "cooperative development assistance fund",
        CoopFund,
    ),
    (Lang::En, "cooperative assistance fund", CoopFund),
    (Lang::En, "the cooperative", Single),
    (Lang::En, "the cooperative's", Single),
    (Lang::En, "this cooperative", Single),
    (Lang::En, "a typical cooperative", Single),
    (Lang::En, "one typical cooperative", Single),
    (Lang::En, "the largest cooperative", Single),
    (Lang::En, "the biggest cooperative", Single),
    (Lang::En, "the smallest cooperative", Single),
    (Lang::En, "the cooperative sector", Shield),
    (Lang::En, "the cooperative law", Shield),
    (
        Lang::En,
        "the cooperative union",
        Form(LegalForm::CooperativeAlliance),
    ),
    (
        Lang::En,
        "the cooperative alliance",
        Form(LegalForm::CooperativeAlliance),
    ),
    (Lang::En, "the cooperative economy", Shield),
    (Lang::En, "the cooperative economic sector", Shield),
    (Lang::En, "the cooperative model", Shield),
    (Lang::En, "farmers' association", Outside),
    (Lang::En, "farmers association", Outside),
    (Lang::En, "farmers' support fund", Outside),
    (Lang::En, "nationwide", National),
    (Lang::En, "the whole province", Provincial),
    (Lang::En, "executive board", Board),
    (Lang::En, "executive committee", Board),
    (Lang::En, "board of directors", Board),
    (Lang::En, "management board", Board),
    (Lang::En, "supervisory board", Board),
    (Lang::En, "throughout the province", Provincial),
    (Lang::En, "the province has", Provincial),
    (Lang::En, "the province had", Provincial),
    (Lang::En, "the whole country", National),
    (Lang::En, "across the country", National),
    (Lang::En, "vietnam has", National),
    (Lang::En, "viet nam has", National),
    (Lang::En, "vietnam now has", National),
    (Lang::En, "viet nam now has", National),
    (Lang::En, "viet nam had", National),
    (Lang::En, "across vietnam", National),
    (Lang::En, "across viet nam", National),
    (Lang::En, "throughout the country", National),
    (Lang::En, "in the country", National),
    (Lang::En, "the country has", National),
    (Lang::En, "the country had", National),
    (Lang::En, "vietnam had", National),
    (Lang::En, "vietnam was home to", National),
    (Lang::En, "national average", Shield),
    (Lang::En, "the whole country's average", Shield),
    (Lang::En, "collective economy", CollectiveEconomy),
    (Lang::En, "cooperative economy", CollectiveEconomy),
    (Lang::En, "law on cooperatives", Shield),
    (Lang::En, "cooperative law", Shield),
    // Indonesian
    (Lang::Id, "OCOP", Ocop),
    (Lang::Id, "satu komune satu produk", Ocop),
    (Lang::Id, "anggota", Members),
    (Lang::Id, "koperasi anggota", Form(LegalForm::Cooperative)),
    (Lang::Id, "pekerja", Employees),
    (Lang::Id, "pekerja yang merupakan anggota", Employees),
    (Lang::Id, "tenaga kerja", Employees),
    (Lang::Id, "buruh", Employees),
    (Lang::Id, "mempekerjakan", Employees),
    (Lang::Id, "lapangan kerja", Jobs),
    (Lang::Id, "orang", People),
    (Lang::Id, "per kapita", PerCapita),
    (Lang::Id, "delta sungai merah", Region),
    (Lang::Id, "delta mekong", Region),
    (Lang::Id, "delta sungai mekong", Region),
    (Lang::Id, "dataran tinggi tengah", Region),
    (Lang::Id, "dataran tinggi tengah vietnam", Region),
    (Lang::Id, "setiap", Each),
    (Lang::Id, "tiap", Each),
    (Lang::Id, "di setiap", Each),
    (Lang::Id, "per", Each),
    (Lang::Id, "provinsi", OtherNoun),
    (Lang::Id, "distrik", OtherNoun),
    (Lang::Id, "kabupaten", OtherNoun),
    (Lang::Id, "kecamatan", OtherNoun),
    (Lang::Id, "daerah", OtherNoun),
    (Lang::Id, "cabang koperasi", OtherNoun),
    (Lang::Id, "rumah tangga", OtherNoun),
    (Lang::Id, "perusahaan", OtherNoun),
    (Lang::Id, "manajer", Staff),
    (Lang::Id, "pengurus", Staff),
    (Lang::Id, "pejabat", Staff),
    (Lang::Id, "produk", Products),
    (Lang::Id, "rantai", Chains),
    (Lang::Id, "organisasi ekonomi kolektif", Collective),
    (Lang::Id, "lembaga ekonomi kolektif", Collective),
    (Lang::Id, "kelompok kepentingan", InterestGroups),
    (Lang::Id, "kelompok minat", InterestGroups),
    (Lang::Id, "pendapatan", Money(Revenue)),
    (Lang::Id, "nilai produksi", Money(Output)),
    (Lang::Id, "omzet", Money(Revenue)),
    (Lang::Id, "keuntungan", Money(Profit)),
    (Lang::Id, "laba", Money(Profit)),
    (Lang::Id, "penghasilan", Money(Income)),
    (Lang::Id, "modal dasar", Money(CharterCapital)),
    (Lang::Id, "modal terdaftar", Money(CharterCapital)),
    (Lang::Id, "saldo kredit", Money(Loans)),
    (Lang::Id, "pinjaman", Money(Loans)),
    (Lang::Id, "menyalurkan pinjaman", Lend),
    (Lang::Id, "menyalurkan kredit", Lend),
    (Lang::Id, "meminjamkan", Lend),
    (Lang::Id, "dipinjamkan", Lend),
    (Lang::Id, "menerima pinjaman", Lend),
    (Lang::Id, "mendapat pinjaman", Lend),
    (Lang::Id, "memperoleh pinjaman", Lend),
    (Lang::Id, "dana dukungan pengembangan koperasi", CoopFund),
    (Lang::Id, "pdb", Money(Gdp)),
    (Lang::Id, "gdp", Money(Gdp)),
    (Lang::Id, "produk domestik bruto", Money(Gdp)),
    (Lang::Id, "anggaran negara", Money(Budget)),
    (Lang::Id, "tingkat pertumbuhan", Change),
    (Lang::Id, "modal kerja", Money(Capital)),
    (Lang::Id, "modal usaha", Money(Capital)),
    (Lang::Id, "modal operasi", Money(Capital)),
    (Lang::Id, "modal operasional", Money(Capital)),
    (Lang::Id, "total aset", Money(Capital)),
    (Lang::Id, "aset", Money(Capital)),
    (Lang::Id, "bonus", Money(Award)),
    (Lang::Id, "hadiah", Money(Award)),
    (Lang::Id, "penghargaan", Money(Award)),
    (Lang::Id, "rata-rata", Average),
    (Lang::Id, "total", Total),
    (Lang::Id, "totalnya", Total),
    (Lang::Id, "jumlah", Total),
    (Lang::Id, "teknologi tinggi", HighTech),
    (Lang::Id, "berteknologi tinggi", HighTech),
    (Lang::Id, "teknologi canggih", HighTech),
    (Lang::Id, "rantai nilai", ValueChain),
    (Lang::Id, "bermitra dengan perusahaan", ValueChain),
    (Lang::Id, "keterkaitan produksi", ValueChain),
    (Lang::Id, "baru", New),
    (Lang::Id, "pedesaan baru", Shield),
    (Lang::Id, "gaya baru", Shield),
    (Lang::Id, "model baru", Shield),
    (Lang::Id, "tipe baru", Shield),
    (Lang::Id, "mendirikan", Establish),
    (Lang::Id, "didirikan", Establish),
    (Lang::Id, "berdiri", Establish),
    (Lang::Id, "dibentuk", Establish),
    (Lang::Id, "pendirian", Establish),
    (Lang::Id, "pembentukan", Establish),
    (Lang::Id, "membentuk", Establish),
    (Lang::Id, "diharapkan", Target),
    (Lang::Id, "menargetkan", Target),
    (Lang::Id, "ditargetkan", Target),
    (Lang::Id, "bertujuan", Target),
    (Lang::Id, "target", Target),
    (Lang::Id, "berupaya", Target),
    (Lang::Id, "berusaha", Target),
    (Lang::Id, "mengupayakan", Target),
    (Lang::Id, "rencana", Target),
    (Lang::Id, "berencana", Target),
    (Lang::Id, "merencanakan", Target),
    (Lang::Id, "akan", Target),
    (Lang::Id, "tugas", Tasks),
    (Lang::Id, "diperkirakan", Estimate),
    (Lang::Id, "perkiraan", Estimate),
    (Lang::Id, "mencapai", Fulfil),
    (Lang::Id, "melampaui", Fulfil),
    (Lang::Id, "memenuhi", Fulfil),
    (Lang::Id, "dari jumlah tersebut", Subset),
    (Lang::Id, "termasuk", Subset),
    (Lang::Id, "saat ini", Now),
    (Lang::Id, "sekarang", Now),
    (Lang::Id, "mengakui", Recognized),
    (Lang::Id, "mendapatkan sertifikat", Certified),
    (Lang::Id, "memperoleh sertifikat", Certified),
    (Lang::Id, "menerima sertifikat", Certified),
    (Lang::Id, "bersertifikat", Certified),
    (Lang::Id, "telah diberikan", Certified),
    (Lang::Id, "diberikan kode", Certified),
    (Lang::Id, "memenuhi standar", Certified),
    (Lang::Id, "vietgap", Certified),
    (Lang::Id, "membubarkan", Dissolve),
    (Lang::Id, "dibubarkan", Dissolve),
    (Lang::Id, "setiap tahun", Annual),
    (Lang::Id, "per tahun", Annual),
    (Lang::Id, "setiap bulan", Monthly),
    (Lang::Id, "per bulan", Monthly),
    (Lang::Id, "menetapkan", Recognized),
    (Lang::Id, "memberikan penghargaan", Recognized),
    (Lang::Id, "di antaranya", Subset),
    (Lang::Id, "meningkat", Change),
    (Lang::Id, "naik", Change),
    (Lang::Id, "bertambah", Change),
    (Lang::Id, "peningkatan", Change),
    (Lang::Id, "menurun", Decrease),
    (Lang::Id, "turun", Decrease),
    (Lang::Id, "berkurang", Decrease),
    // The level a change arrives at: "meningkat menjadi 512 koperasi".
    (Lang::Id, "meningkat menjadi", Shield),
    (Lang::Id, "naik menjadi", Shield),
    (Lang::Id, "bertambah menjadi", Shield),
    (Lang::Id, "menurun menjadi", Shield),
    (Lang::Id, "turun menjadi", Shield),
    (Lang::Id, "berkurang menjadi", Shield),
    (Lang::Id, "mendukung", Support),
    (Lang::Id, "untuk membantu", Support),
    (Lang::Id, "dukungan kepada", Support),
    (Lang::Id, "dukungan senilai", Support),
    (Lang::Id, "bantuan senilai", Support),
    (Lang::Id, "koperasi ini", Single),
    (Lang::Id, "koperasi tersebut", Single),
    (Lang::Id, "koperasi terbesar", Single),
    (Lang::Id, "koperasi terkecil", Single),
    (Lang::Id, "asosiasi petani", Outside),
    (Lang::Id, "seluruh negeri", National),
    (Lang::Id, "seluruh provinsi", Provincial),
    (Lang::Id, "dewan pengurus", Board),
    (Lang::Id, "dewan pengawas", Board),
    (Lang::Id, "komite eksekutif", Board),
    (Lang::Id, "provinsi ini memiliki", Provincial),
    (Lang::Id, "di indonesia", National),
    (Lang::Id, "di vietnam", National),
    (Lang::Id, "secara nasional", National),
    (Lang::Id, "vietnam memiliki", National),
    (Lang::Id, "negara ini memiliki", National),
    (Lang::Id, "rata-rata nasional", Shield),
    (Lang::Id, "ekonomi kolektif", CollectiveEconomy),
    (Lang::Id, "ekonomi koperasi", CollectiveEconomy),
    (Lang::Id, "undang-undang tentang koperasi", Shield),
    (Lang::Id, "undang-undang koperasi", Shield),
];

impl Term {
    /// Whether the term names a change, up or down.
    pub(crate) fn is_change(self) -> bool {
        matches!(self, Term::Change | Term::Decrease)
    }

    /// Whether the term names the collective economy, its organisations or their people: an
    /// amount said where one is named can be the sector's, where none is, a place's.
    pub(crate) fn names_the_sector(self) -> bool {
        matches!(
            self,
            Term::Form(_)
                | Term::Single
                | Term::Collective
                | Term::CollectiveEconomy
                | Term::Members
                | Term::Employees
                | Term::Jobs
        )
    }
}

/// One matcher per language over every phrase.
pub(crate) struct Lexicon {
    by_lang: [Option<Gazetteer<Term>>; 3],
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Vi => 0,
        Lang::En => 1,
        Lang::Id => 2,
    }
}

impl Lexicon {
    fn build() -> Lexicon {
        let by_lang = [Lang::Vi, Lang::En, Lang::Id].map(|lang| {
            let mut builder = GazetteerBuilder::new();
            let mut seen = HashSet::new();
            let mut name = |term: Term, phrase: &str| {
                for spelling in spellings(lang, phrase) {
                    if seen.insert((term, spelling.clone())) {
                        builder.name(term, &spelling);
                    }
                }
            };
            for form in LegalForm::ALL {
                for term in form.terms(lang) {
                    name(Form(form), term);
                    // "the Cooperative Association of Thanh Hoa", "the cooperative groups": a
                    // form named after "the" is that form, not "the cooperative" (one named
                    // organisation).
                    if lang == Lang::En && term.to_lowercase().starts_with("cooperative ") {
                        name(Form(form), &format!("the {term}"));
                    }
                }
            }
            for sector in Sector::ALL {
                for term in sector.terms(lang) {
                    name(Term::Sector(sector), term);
                }
            }
            for (l, phrase, term) in WORDS {
                if *l == lang {
                    name(*term, phrase);
                    // "the Cooperative Development Support Fund" is the fund, not "the
                    // cooperative".
                    if *term == CoopFund && lang == Lang::En {
                        name(CoopFund, &format!("the {phrase}"));
                    }
                }
            }
            builder.build().ok()
        });
        Lexicon { by_lang }
    }

    /// Every phrase of `lang` in `text` (folded as `folded`), in text order. A phrase matches
    /// its folded letters only where the diacritics written agree with its own: "chia sẻ"
    /// (share) holds no "sẽ" (will).
    pub(crate) fn find(&self, text: &str, folded: &Folded, lang: Lang) -> Vec<Mention<Term>> {
        let Some(gazetteer) = self.by_lang[lang_index(lang)].as_ref() else {
            return Vec::new();
        };
        // The diacritics are checked before the longest match is chosen: "mới" (new) and
        // "mỗi" (each) fold alike, and the one refused must not hide the other.
        gazetteer.find_all_accepted_in(folded, |_, name, span| {
            text.get(span).is_none_or(|written| {
                diacritics_agree(written, name) && !crosses_a_mark(written, name)
            })
        })
    }
}

/// A phrase as the tables write it and as reports also write it: English "co-operative" and
/// "co-op" for "cooperative" (and back), Vietnamese "hợp tác xã" for "HTX" (and back, except
/// in "tổ hợp tác xã", a cooperative group). The tables then list each phrase once.
fn spellings(lang: Lang, phrase: &str) -> Vec<String> {
    let mut all = vec![phrase.to_string()];
    let lower = phrase.to_lowercase();
    match lang {
        Lang::En => {
            // The written spelling, then its root spelling, then every other from the root.
            let root = if lower.contains("co-operative") {
                Some(lower.replace("co-operative", "cooperative"))
            } else if lower.contains("cooperative") {
                Some(lower.clone())
            } else {
                None
            };
            if let Some(root) = root {
                all.push(root.clone());
                all.push(root.replace("cooperative", "co-operative"));
                all.push(root.replace("cooperative", "co-op"));
            }
        }
        Lang::Vi if phrase.split(' ').any(|w| w == "HTX") => all.push(
            phrase
                .split(' ')
                .map(|w| if w == "HTX" { "hợp tác xã" } else { w })
                .collect::<Vec<_>>()
                .join(" "),
        ),
        Lang::Vi if lower.contains("hợp tác xã") && !lower.contains("tổ hợp tác xã") => {
            all.push(lower.replace("hợp tác xã", "HTX"));
        }
        _ => {}
    }
    all
}

/// Marks that end a clause or a sentence. Folding turns them into spaces, so a phrase could
/// match across one: "10 hợp tác xã; thành viên hợp tác xã tăng" is no "hợp tác xã thành viên".
const CLAUSE_MARKS: [char; 9] = [';', '.', ',', ':', '(', ')', '!', '?', '\n'];

/// Whether the text a phrase matched holds a clause mark the phrase itself does not ("nông,
/// lâm, ngư nghiệp" keeps its commas).
fn crosses_a_mark(written: &str, name: &str) -> bool {
    written
        .chars()
        .any(|c| CLAUSE_MARKS.contains(&c) && !name.contains(c))
}

/// The built-in lexicon (built once).
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

#[cfg(test)]
mod tests {
    use super::*;
    use vncoop_model::LegalForm::*;

    fn terms(text: &str, lang: Lang) -> Vec<(String, Term)> {
        lexicon()
            .find(text, &vncoop_text::fold_with_offsets(text), lang)
            .into_iter()
            .map(|m| (text[m.span].to_string(), m.key))
            .collect()
    }

    #[test]
    fn a_reward_is_not_regular() {
        let reward = |text: &str| {
            terms(text, Lang::Vi)
                .iter()
                .any(|(_, t)| *t == Money(MoneyWord::Award))
        };
        assert!(reward("mỗi sản phẩm được thưởng 10 triệu đồng"));
        assert!(!reward("việc làm thường xuyên cho 10.100 lao động"));
        assert!(!reward("việc làm THƯỜNG XUYÊN"));
    }

    #[test]
    fn every_phrase_is_found_in_either_spelling() {
        let kinds = |text: &str, lang: Lang| -> Vec<Term> {
            terms(text, lang).into_iter().map(|f| f.1).collect()
        };
        assert_eq!(
            kinds(
                "8 co-operative federations and 20 cooperative federations",
                Lang::En
            ),
            [Form(UnionOfCooperatives), Form(UnionOfCooperatives)]
        );
        assert_eq!(kinds("650,000 co-operative members", Lang::En), [Members]);
        assert_eq!(
            kinds("02 LH hợp tác xã; giám đốc hợp tác xã", Lang::Vi),
            [Form(UnionOfCooperatives), Single]
        );
        // "tổ hợp tác xã" is a cooperative group: no "tổ HTX" is made of it.
        assert_eq!(kinds("tổ HTX", Lang::Vi), [Form(Cooperative)]);
    }

    #[test]
    fn the_alliance_is_not_a_union() {
        let found = terms(
            "the Provincial Cooperative Union admitted 11 members; 1 cooperative union",
            Lang::En,
        );
        assert_eq!(found[0].1, Form(CooperativeAlliance));
        assert_eq!(found[1].1, Members);
        assert_eq!(found[2].1, Form(UnionOfCooperatives));
    }

    #[test]
    fn words_that_fold_alike_are_told_apart_by_their_marks() {
        let kinds =
            |text: &str| -> Vec<Term> { terms(text, Lang::Vi).into_iter().map(|f| f.1).collect() };
        assert_eq!(kinds("15 HTX đăng ký mới"), [Form(Cooperative), New]);
        assert_eq!(kinds("mỗi HTX"), [Each, Form(Cooperative)]);
    }

    #[test]
    fn abbreviations_and_diacritics() {
        let found = terms(
            "159 HTX và 2 liên hiệp HTX, 65 quỹ tín dụng nhân dân",
            Lang::Vi,
        );
        let kinds: Vec<Term> = found.iter().map(|f| f.1).collect();
        assert_eq!(
            kinds,
            [
                Form(Cooperative),
                Form(UnionOfCooperatives),
                Form(PeoplesCreditFund)
            ]
        );
    }
}
