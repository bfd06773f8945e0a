package communique.bench;

import java.util.List;
import java.util.Map;

/**
 * Given names, surnames and surname syllables by naming tradition, our own lists. The generator combines them
 * into thousands of people who are nobody in particular; none is one of the seed corpus's officials.
 */
final class NameStyles {

    /**
     * @param given         given names
     * @param surnames      common surnames
     * @param heads         first syllables of generated surnames (of given names where the surname comes first)
     * @param tails         last syllables of the same
     * @param surnameFirst  written surname first ("Zhang Jianhua"), so the surname is the first word
     */
    record Style(List<String> given, List<String> surnames, List<String> heads, List<String> tails, boolean surnameFirst) {
    }

    static final Style PAKISTANI = new Style(
            List.of("Ahmed", "Bilal", "Faisal", "Hamid", "Jawad", "Kamran", "Nadeem", "Omar", "Rashid", "Saqib",
                    "Tariq", "Usman", "Waqar", "Zubair", "Asma", "Farah", "Humaira", "Nighat", "Sadia", "Tahira",
                    "Arshad", "Fawad", "Irfan", "Junaid", "Raheel"),
            List.of("Qureshi", "Chaudhry", "Malik", "Abbasi", "Siddiqui", "Mirza", "Bhatti", "Gillani", "Hashmi",
                    "Kazmi", "Rizvi", "Tarar", "Khattak", "Afridi", "Baloch", "Cheema", "Awan", "Lodhi"),
            List.of("Ba", "Ka", "Ra", "Sha", "Ta", "Wa", "Ja", "Ha", "Ma", "Ni"),
            List.of("khari", "zvi", "rani", "jwani", "dani", "lvi", "tari", "bani", "sarwar", "ghani"), false);

    static final Style INDIAN = new Style(
            List.of("Arjun", "Vikram", "Rohit", "Sanjay", "Anil", "Prakash", "Rajesh", "Suresh", "Deepak", "Kiran",
                    "Meera", "Priya", "Anjali", "Kavita", "Sunita", "Nikhil", "Ashok", "Ravi", "Gaurav", "Alok"),
            List.of("Sharma", "Verma", "Mehta", "Iyer", "Nair", "Reddy", "Menon", "Joshi", "Kulkarni", "Bhatt",
                    "Chatterjee", "Banerjee", "Pillai", "Rao", "Saxena", "Trivedi", "Desai", "Kapoor"),
            List.of("Chan", "Sri", "Raj", "Vish", "Mah", "Gan", "Kri", "Sub", "Nar", "Bal"),
            List.of("dran", "vastava", "nathan", "wanath", "eshwar", "amurthy", "ipathi", "anand", "aswamy", "ayan"), false);

    static final Style BRITISH = new Style(
            List.of("Oliver", "Harriet", "Edward", "Charlotte", "Henry", "Eleanor", "James", "Lucy", "Thomas", "Fiona",
                    "Alistair", "Catherine", "Rupert", "Imogen", "Duncan", "Philippa", "Graham", "Joanna", "Simon", "Helen"),
            List.of("Whitfield", "Ashworth", "Pemberton", "Hargreaves", "Blackwood", "Fairbairn", "Cartwright",
                    "Holloway", "Kingsley", "Thornton", "Worthington", "Radcliffe", "Bramwell", "Lockhart", "Ellison"),
            List.of("Ash", "Brad", "Carl", "Dun", "Elm", "Hart", "Lang", "Mor", "Pen", "Wes"),
            List.of("ford", "bury", "combe", "ington", "leigh", "worth", "stone", "field", "hurst", "wick"), false);

    static final Style AMERICAN = new Style(
            List.of("Michael", "Jennifer", "Robert", "Elizabeth", "David", "Karen", "Steven", "Laura", "Brian",
                    "Megan", "Kevin", "Rachel", "Gregory", "Nicole", "Dennis", "Amanda", "Carlos", "Tanya", "Wesley", "Dana"),
            List.of("Donnelly", "Kowalski", "Whitaker", "Gallagher", "Morrison", "Sullivan", "Harrington", "Castillo",
                    "Brennan", "Fitzgerald", "Lindqvist", "Caldwell", "Vasquez", "Holbrook", "McAllister"),
            List.of("Bar", "Cor", "Dal", "Fen", "Gar", "Hol", "Mac", "Ren", "Stan", "Van"),
            List.of("ton", "well", "man", "ley", "son", "berg", "ridge", "land", "dale", "mont"), false);

    static final Style CHINESE = new Style(
            List.of("Jianhua", "Weimin", "Xiaoling", "Guoqiang", "Haiyan", "Zhiwei", "Lihua", "Jun", "Mingyu",
                    "Hongwei", "Yanping", "Xuefeng", "Dongmei", "Chenguang", "Jinping", "Shaoyun", "Qiming", "Ruolan"),
            List.of("Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo",
                    "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Tang", "Feng", "Deng", "Cao", "Peng", "Zeng"),
            List.of("Jian", "Wei", "Xiao", "Guo", "Hai", "Zhi", "Ming", "Hong", "Yan", "Xue", "Dong", "Shao", "Qi"),
            List.of("hua", "min", "ling", "qiang", "bo", "feng", "mei", "guang", "yun", "lan", "tao", "cheng"), true);

    static final Style AFGHAN = new Style(
            List.of("Abdul", "Najibullah", "Hekmatullah", "Zabihullah", "Rahmatullah", "Ghulam", "Habib",
                    "Shafiq", "Nasrullah", "Wahidullah", "Mujib", "Fazal", "Sirajuddin", "Khalil", "Amanullah"),
            List.of("Stanekzai", "Popalzai", "Ahmadzai", "Wardak", "Kakar", "Mohmand", "Durrani", "Barakzai",
                    "Noorzai", "Safi", "Zadran", "Haqmal", "Nangyal", "Mangal", "Shinwari"),
            List.of("Ahmad", "Nur", "Gul", "Sher", "Zar", "Mir", "Bar", "Pa", "Kha", "Sa"),
            List.of("zai", "khel", "yar", "wal", "dost", "mal", "zada", "gul", "wand", "sher"), false);

    static final Style ARAB = new Style(
            List.of("Abdullah", "Khalid", "Faisal", "Hamad", "Mansour", "Nawaf", "Saud", "Yousef", "Majid",
                    "Fahad", "Rashid", "Tamim", "Hessa", "Noura", "Lubna", "Reem", "Ibrahim", "Marwan"),
            List.of("Al-Rashidi", "Al-Mansouri", "Al-Otaibi", "Al-Qahtani", "Al-Harthy", "Al-Dosari", "Al-Kaabi",
                    "Al-Shamsi", "Al-Mutairi", "Al-Zahrani", "Al-Ghamdi", "Al-Nuaimi", "Al-Hamdan", "Al-Khalifa"),
            List.of("Al-Ma", "Al-Ha", "Al-Sha", "Al-Ja", "Al-Ba", "Al-Na", "Al-Ta", "Al-Ka", "Al-Ra", "Al-Za"),
            List.of("rri", "bari", "hiri", "ssadi", "rami", "mdani", "jeri", "khouri", "ssami", "wadi"), false);

    static final Style EUROPEAN = new Style(
            List.of("Klaus", "Annika", "Matthias", "Sophie", "Luca", "Giulia", "Pierre", "Camille", "Henrik", "Ingrid",
                    "Dmitri", "Elena", "Javier", "Lucia", "Stefan", "Marta", "Anders", "Katarina", "Jean-Marc", "Yusuf"),
            List.of("Hoffmann", "Brandt", "Lefebvre", "Moreau", "Rossi", "Bianchi", "Lindgren", "Johansson",
                    "Volkov", "Sokolov", "Demir", "Kaya", "Vandermeer", "Ferrari", "Marchetti", "Schreiber", "Aydin"),
            List.of("Ber", "Kal", "Mon", "Ros", "Sten", "Vol", "Lin", "Dra", "Fal", "Gro"),
            List.of("mann", "ovich", "etti", "ström", "ier", "enko", "berg", "ini", "ault", "oglu"), false);

    /** Which tradition names the officials of each country. */
    static final Map<String, Style> BY_COUNTRY = Map.ofEntries(
            Map.entry("PK", PAKISTANI), Map.entry("BD", PAKISTANI), Map.entry("MY", PAKISTANI),
            Map.entry("ID", PAKISTANI), Map.entry("IN", INDIAN), Map.entry("NP", INDIAN), Map.entry("LK", INDIAN),
            Map.entry("GB", BRITISH), Map.entry("CA", BRITISH), Map.entry("AU", BRITISH), Map.entry("US", AMERICAN),
            Map.entry("CN", CHINESE), Map.entry("JP", CHINESE), Map.entry("KR", CHINESE), Map.entry("AF", AFGHAN),
            Map.entry("TJ", AFGHAN), Map.entry("UZ", AFGHAN), Map.entry("KZ", AFGHAN), Map.entry("IR", AFGHAN),
            Map.entry("SA", ARAB), Map.entry("AE", ARAB), Map.entry("QA", ARAB), Map.entry("KW", ARAB),
            Map.entry("OM", ARAB), Map.entry("EG", ARAB), Map.entry("IQ", ARAB), Map.entry("DE", EUROPEAN),
            Map.entry("FR", EUROPEAN), Map.entry("IT", EUROPEAN), Map.entry("NL", EUROPEAN), Map.entry("NO", EUROPEAN),
            Map.entry("RU", EUROPEAN), Map.entry("TR", EUROPEAN));

    private NameStyles() {
    }
}
