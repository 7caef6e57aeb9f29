package org.positionstracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Deterministic generator of seed-like English news articles about the Russia-Ukraine peace
 * talks, for the benchmark. Article {@code i} depends only on the corpus seed and {@code i}, so
 * any size is a prefix of any larger one and files can be written in parallel.
 *
 * <p>Each article has a headline, sometimes a wire dateline, 6-12 paragraphs and some page noise
 * ("Advertisement", "Quick Reads", "View All" glued to the next paragraph, trailing ")" lines).
 * Paragraphs carry statements in the forms real articles use: direct quotes with curly or
 * straight marks in every attribution order (quote first, "said X" inversion, speaker first with
 * a colon, split quotes), pronoun follow-ups ("he added"), partial quotes inside reported clauses,
 * reported speech ("said that", "warned that", "insisted that", "according to"), metonyms (Kyiv,
 * the Kremlin, Washington) and collective sources ("analysts say", "officials in Kyiv said").
 * Speakers are codebook actors and a fixed pool of generated people with roles and demonyms
 * ("Ukrainian Foreign Minister Oleksandr Kovalenko", "senior Russian official ..."), so the actor
 * table stays realistic in size however many articles are generated. Clauses use the codebook's
 * topic vocabulary (territory, ceasefire, peace plan, guarantees, sovereignty, talks,
 * reconstruction, sanctions, weapons) with stance cues. Every article carries its own story
 * number, so no two articles have the same bytes.
 *
 * <p>Run {@code main} to write a corpus for inspection: {@code SyntheticCorpus FOLDER COUNT [SEED]}.
 */
public final class SyntheticCorpus {
    public static final long DEFAULT_SEED = 20240611L;
    /** Files per sub-folder, so no folder holds 100,000 entries. */
    static final int FILES_PER_FOLDER = 1000;

    private final long seed;
    private final List<Person> people;

    public SyntheticCorpus(long seed) {
        this.seed = seed;
        this.people = generatePeople(new SplittableRandom(seed));
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticCorpus FOLDER COUNT [SEED]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        List<Path> files = new SyntheticCorpus(seed).write(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("wrote " + files.size() + " articles to " + args[0]);
    }

    /** Relative path of article {@code index}: part-0001/article-001234.txt. */
    public static String relativePath(int index) {
        return String.format(Locale.ROOT, "part-%04d/article-%06d.txt", index / FILES_PER_FOLDER, index);
    }

    /**
     * Writes articles 0..count-1 below {@code folder} (created if needed), in parallel; returns the
     * files in index order (which is also path order). Fails if two articles had the same bytes.
     */
    public List<Path> write(Path folder, int count) {
        try {
            Files.createDirectories(folder);
            for (int d = 0; d * FILES_PER_FOLDER < count; d++)
                Files.createDirectories(folder.resolve(String.format(Locale.ROOT, "part-%04d", d)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] hashes = new String[count];
        IntStream.range(0, count).parallel().forEach(i -> {
            byte[] bytes = article(i).getBytes(StandardCharsets.UTF_8);
            hashes[i] = sha256(bytes);
            try {
                Files.write(folder.resolve(relativePath(i)), bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Set<String> distinct = new HashSet<>(count * 2);
        for (String h : hashes) {
            if (!distinct.add(h)) throw new IllegalStateException("two synthetic articles have the same bytes");
        }
        List<Path> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) files.add(folder.resolve(relativePath(i)));
        return files;
    }

    /** The text of article {@code index}; the same for the same seed and index, on every machine. */
    public String article(int index) {
        SplittableRandom r = new SplittableRandom(mix(seed, index));
        return new ArticleWriter(r, index).write();
    }

    private static long mix(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Speakers

    enum Side { UA, RU, WEST, NEUTRAL }

    /** Anyone a statement is attributed to: full first mention, short later mention, pronoun. */
    record Speaker(String intro, String shortName, String pronoun, Side side, boolean person) {
    }

    record Person(String first, String last, boolean female, String role, Side side) {
        Speaker speaker() {
            return new Speaker(role + " " + first + " " + last, last, female ? "she" : "he", side, true);
        }
    }

    private static final List<Speaker> CODEBOOK_PEOPLE = List.of(
            new Speaker("Russian President Vladimir Putin", "Putin", "he", Side.RU, true),
            new Speaker("Kremlin spokesman Dmitry Peskov", "Peskov", "he", Side.RU, true),
            new Speaker("Russian Foreign Minister Sergey Lavrov", "Lavrov", "he", Side.RU, true),
            new Speaker("Ukrainian President Volodymyr Zelenskyy", "Zelenskyy", "he", Side.UA, true),
            new Speaker("President Volodymyr Zelenskyy", "Zelenskyy", "he", Side.UA, true),
            new Speaker("US President Donald Trump", "Trump", "he", Side.WEST, true));

    private static final List<Speaker> METONYMS = List.of(
            new Speaker("the Kremlin", "the Kremlin", null, Side.RU, false),
            new Speaker("Moscow", "Moscow", null, Side.RU, false),
            new Speaker("Kyiv", "Kyiv", null, Side.UA, false),
            new Speaker("the Ukrainian government", "Kyiv", null, Side.UA, false),
            new Speaker("Washington", "Washington", null, Side.WEST, false),
            new Speaker("the White House", "the White House", null, Side.WEST, false),
            new Speaker("Brussels", "Brussels", null, Side.WEST, false),
            new Speaker("NATO", "NATO", null, Side.WEST, false),
            new Speaker("Downing Street", "Downing Street", null, Side.WEST, false),
            new Speaker("the UN", "the UN", null, Side.NEUTRAL, false));

    private static final List<Speaker> COLLECTIVES = List.of(
            new Speaker("Analysts", "analysts", null, Side.NEUTRAL, false),
            new Speaker("Officials in Kyiv", "officials in Kyiv", null, Side.UA, false),
            new Speaker("Officials in Moscow", "officials in Moscow", null, Side.RU, false),
            new Speaker("Western diplomats", "Western diplomats", null, Side.WEST, false),
            new Speaker("European officials", "European officials", null, Side.WEST, false),
            new Speaker("Military experts", "military experts", null, Side.NEUTRAL, false),
            new Speaker("Ukrainian officials", "Ukrainian officials", null, Side.UA, false),
            new Speaker("Russian officials", "Russian officials", null, Side.RU, false),
            new Speaker("Critics", "critics", null, Side.NEUTRAL, false),
            new Speaker("Diplomats familiar with the talks", "diplomats familiar with the talks", null, Side.NEUTRAL, false));

    private record Nationality(Side side, String[] maleFirst, String[] femaleFirst, String[] last, boolean slavicFeminine, String[] roles) {
    }

    private static final List<Nationality> NATIONALITIES = List.of(
            new Nationality(Side.UA,
                    words("Andriy Oleksandr Dmytro Mykhailo Serhiy Taras Yuriy Vasyl Oleh Ihor Bohdan Petro Roman Volodymyr"),
                    words("Olena Iryna Yuliia Oksana Kateryna Natalia Halyna Svitlana Mariana"),
                    words("Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Marchenko Savchenko Rudenko Lysenko Moroz Hnatyuk Sydorenko Pavlenko Klymenko Stepanenko Ponomarenko Demchenko Yaremchuk"),
                    false,
                    new String[]{"Ukrainian Foreign Minister", "Ukrainian Defence Minister", "Ukrainian Deputy Foreign Minister",
                            "senior Ukrainian official", "Ukrainian presidential adviser", "Ukrainian negotiator",
                            "Ukrainian Prime Minister", "Ukrainian lawmaker", "Ukrainian Energy Minister"}),
            new Nationality(Side.RU,
                    words("Alexei Sergei Nikolai Mikhail Dmitri Igor Yuri Andrei Pavel Konstantin Grigory Viktor Kirill"),
                    words("Maria Elena Tatiana Olga Anna Irina Valentina"),
                    words("Ivanov Smirnov Kuznetsov Volkov Sokolov Morozov Lebedev Kozlov Novikov Orlov Zakharov Belov Sorokin Fedorov Gusev Titov"),
                    true,
                    new String[]{"Russian Deputy Foreign Minister", "senior Russian official", "Kremlin aide",
                            "Russian Defence Minister", "Russian negotiator", "Russian Foreign Ministry spokeswoman",
                            "Russian lawmaker", "Russian envoy"}),
            new Nationality(Side.WEST,
                    words("John Michael Robert David James Mark Steven Brian Kevin Thomas"),
                    words("Sarah Jennifer Laura Emily Karen Rebecca Megan"),
                    words("Miller Johnson Carter Walker Hughes Bennett Collins Reed Parker Brooks Hayes Foster"),
                    false,
                    new String[]{"US Secretary of State", "US special envoy", "White House national security adviser",
                            "US Senator", "American diplomat", "US Ambassador"}),
            new Nationality(Side.WEST,
                    words("Oliver Simon Richard Edward Charles Hugh Alistair"),
                    words("Fiona Harriet Charlotte Lucy Rachel"),
                    words("Thornton Ashworth Whitfield Pembroke Holloway Fairbairn Lockwood Granger"),
                    false,
                    new String[]{"British Foreign Secretary", "British Defence Secretary", "British Prime Minister", "British diplomat"}),
            new Nationality(Side.WEST,
                    words("Klaus Matthias Stefan Wolfgang Tobias Jan Tomasz Piotr Krzysztof Marek Jean Pierre Olivier Laurent"),
                    words("Annalena Katrin Sabine Ursula Agnieszka Magdalena Joanna Camille Sophie Nathalie Claire"),
                    words("Becker Hoffmann Wagner Richter Neumann Braun Nowak Kowalski Wojcik Kaminski Moreau Girard Bonnet Dupont Fontaine Rousseau"),
                    false,
                    new String[]{"German Chancellor", "German Foreign Minister", "Polish Prime Minister", "Polish Foreign Minister",
                            "French President", "French Foreign Minister", "EU foreign policy chief", "NATO Secretary-General",
                            "European Commission President", "EU Commissioner"}),
            new Nationality(Side.NEUTRAL,
                    words("Mehmet Ahmet Mustafa Emre Antonio Hakan Faisal Khalid"),
                    words("Ayse Elif Zeynep Amina Leila"),
                    words("Yilmaz Kaya Demir Sahin Celik Aydin Guterres Haddad Rahman"),
                    false,
                    new String[]{"Turkish Foreign Minister", "Turkish President", "UN Secretary-General", "UN humanitarian coordinator",
                            "Saudi Foreign Minister", "Qatari mediator", "independent analyst", "political scientist"}));

    private static List<Person> generatePeople(SplittableRandom r) {
        List<Person> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Nationality n : NATIONALITIES) {
            int wanted = 60;
            int guard = 0;
            while (wanted > 0 && guard++ < 10_000) {
                boolean female = r.nextInt(3) == 0;
                String first = female ? pick(r, n.femaleFirst) : pick(r, n.maleFirst);
                String last = pick(r, n.last);
                if (female && n.slavicFeminine && (last.endsWith("ov") || last.endsWith("ev") || last.endsWith("in"))) last = last + "a";
                if (!names.add(first + " " + last)) continue;
                out.add(new Person(first, last, female, pick(r, n.roles), n.side));
                wanted--;
            }
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------------------------------
    // Vocabulary

    private static final String[] PLACES = {"Donetsk", "Luhansk", "Zaporizhzhia", "Kherson", "Crimea", "the Donbas",
            "the occupied regions", "the eastern regions", "Donetsk and Luhansk"};
    private static final String[] CITIES = {"Istanbul", "Geneva", "Riyadh", "Abu Dhabi", "Doha", "Vienna", "Ankara", "Jeddah", "Miami", "Berlin"};
    private static final String[] TIMES = {"this week", "this month", "before the end of the year", "within 30 days",
            "by the spring", "in the coming days", "before winter", "next week", "soon"};
    private static final String[] PLANS = {"the 28-point peace plan", "the US peace proposal", "the European peace framework",
            "the draft agreement", "the peace formula", "the revised plan", "the 20-point framework"};
    private static final String[] WEAPONS = {"air defence systems", "long-range missiles", "artillery ammunition",
            "Patriot missiles", "weapons", "military aid"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] AUDIENCES = {"reporters", "journalists", "lawmakers", "state television", "a news conference",
            "The Atlantic", "the BBC", "Reuters"};

    /** Topic clauses by side: each is a statement's content, usable in quotes and in reported speech. */
    private static final Map<Side, List<String>> CLAUSES = new HashMap<>();

    static {
        CLAUSES.put(Side.UA, List.of(
                "Ukraine will never surrender {place} to Russia",
                "Kyiv will not cede any territory under pressure",
                "the occupied regions, including {place}, remain Ukrainian land",
                "no Ukrainian leader could sign away {place}",
                "borders cannot be changed by force",
                "a ceasefire is possible only if Russian troops pull back from the front line",
                "Ukraine is ready for a truce of {n} days if Moscow stops its strikes",
                "Russia has used every truce so far to regroup its forces",
                "{plan} must respect Ukrainian sovereignty",
                "Ukraine will not accept a deal that rewards aggression",
                "the plan needs serious changes before Kyiv can back it",
                "Ukraine needs binding security guarantees, not promises",
                "without security guarantees there can be no lasting peace",
                "NATO membership remains the best guarantee of Ukraine's security",
                "Ukraine's sovereignty is not up for negotiation",
                "Ukraine has the right to choose its alliances",
                "Ukraine is ready for talks but not for capitulation",
                "the next round of talks in {city} must produce results",
                "frozen assets must pay for the reconstruction of Ukraine",
                "Russia should pay reparations for the damage it has caused",
                "sanctions must stay until Russia withdraws from {place}",
                "the sanctions should be tightened, not eased",
                "Ukraine urgently needs more air defence",
                "the delivery of {weapon} cannot wait"));
        CLAUSES.put(Side.RU, List.of(
                "Ukraine must withdraw its forces from {place}",
                "the status of {place} is not up for negotiation",
                "the new regions are part of Russia and that is not up for debate",
                "Kyiv has to accept the reality on the ground in {place}",
                "Moscow will continue military action until its goals are met",
                "no ceasefire is possible without Ukraine's withdrawal from {place}",
                "a truce would only let Kyiv rearm",
                "{plan} could form the basis for talks",
                "the proposal ignores Russia's legitimate security interests",
                "Moscow is open to discussing the plan",
                "Moscow will never accept NATO membership for Ukraine",
                "any peacekeeping force from NATO countries is unacceptable",
                "the demilitarisation of Ukraine is a condition for peace",
                "Ukraine's neutrality is essential for any settlement",
                "Moscow is ready to resume negotiations in {city} {time}",
                "the talks will continue {time}",
                "Russia is not against dialogue with Washington",
                "the use of frozen assets would be theft",
                "any move on frozen assets is illegal",
                "the lifting of sanctions is a condition for any deal",
                "sanctions have failed and will not change Russia's course",
                "Western weapons only prolong the war",
                "the supply of {weapon} to Kyiv is a dangerous escalation"));
        CLAUSES.put(Side.WEST, List.of(
                "any settlement must respect Ukraine's borders",
                "territorial concessions cannot be forced on Kyiv",
                "the question of {place} should be decided by Ukrainians",
                "an immediate ceasefire must be the first step",
                "both sides should halt the fighting {time}",
                "Washington supports a full ceasefire of {n} days",
                "{plan} is a serious proposal that both sides should consider",
                "Europe is ready to back any agreement that Kyiv accepts",
                "Europe is prepared to provide security guarantees for Ukraine",
                "European countries are willing to contribute to a peacekeeping mission",
                "the allies support Ukraine's independence and territorial integrity",
                "diplomacy remains the only way to end the war",
                "the talks in {city} are an important step",
                "the allies will support the reconstruction of Ukraine's energy grid",
                "the recovery conference in {city} will raise {n} billion euros",
                "sanctions on Russian oil will remain in place {time}",
                "the European Union is preparing a new package of sanctions",
                "the allies will send more {weapon} to Ukraine {time}",
                "military aid to Kyiv will continue"));
        CLAUSES.put(Side.NEUTRAL, List.of(
                "the fate of {place} remains the hardest question",
                "a deal on territory is unlikely {time}",
                "a ceasefire could hold if both sides agree to international oversight",
                "the hostilities are unlikely to stop {time}",
                "{plan} leaves key questions unanswered",
                "the security guarantees on offer remain vague",
                "questions of sovereignty will dominate the next round",
                "the negotiations in {city} are unlikely to produce a breakthrough {time}",
                "mediators are ready to host the talks in {city}",
                "rebuilding Ukraine will cost at least {n} billion dollars",
                "the price cap has cut Russian revenue by {n} percent",
                "the arrival of {weapon} could change the situation at the front",
                "the gulf between the two sides on territory could stall diplomatic efforts"));
    }

    /** First-person lines that only work inside quotation marks. */
    private static final Map<Side, List<String>> QUOTE_ONLY = Map.of(
            Side.UA, List.of("We will not trade our land for an illusion of peace",
                    "Not a single sane person would sign a document giving up {place}",
                    "We are ready for a ceasefire, but not for surrender",
                    "We need guarantees that work, not signatures on paper"),
            Side.RU, List.of("We are open to dialogue, but our conditions on {place} are well known",
                    "Without that, no ceasefire is possible",
                    "We have said many times that we are ready for negotiations"),
            Side.WEST, List.of("We want this war to end with a just peace agreement",
                    "We will keep up the pressure with sanctions until Moscow is serious about talks"),
            Side.NEUTRAL, List.of("Nobody expects a breakthrough in the talks {time}",
                    "Both sides are still far apart on territory"));

    private static final String[] NARRATION = {
            "Fighting continued along the front line near {place} on {day}.",
            "The talks come as Russian drones struck energy facilities overnight.",
            "Delegations from both countries met in {city} on {day}.",
            "The proposal has not been published in full.",
            "The meeting lasted more than {n} hours, according to a schedule seen by the agency.",
            "Air raid alerts sounded across several regions on {day} evening.",
            "The two delegations are expected to meet again {time}.",
            "Energy infrastructure has been a frequent target in recent weeks.",
            "Thousands of civilians have left the frontline towns since the summer.",
            "The exchange of prisoners took place on the border with Belarus.",
            "Ukrainian forces reported {n} attacks near {place} over the past day.",
            "The delegations did not issue a joint statement after the meeting in {city}.",
            "European leaders are due to meet in {city} {time} to discuss the next steps.",
            "Russia controls roughly a fifth of Ukraine's territory, including Crimea.",
            "The previous round of talks in {city} ended without an agreement.",
            "Officials have given few details of the documents under discussion.",
            "The war, now in its fourth year, has killed tens of thousands of people.",
            "Power cuts lasted up to {n} hours in parts of the capital on {day}.",
            "The meeting in {city} was the first of its kind since the spring.",
            "Markets reacted cautiously to reports of progress in the negotiations."};

    private static final String[] HEADLINES = {
            "{S} rejects territorial concessions as talks resume in {city}",
            "{S} signals openness to {planShort} but sets conditions",
            "Ceasefire talks stall over {place}",
            "{S} demands security guarantees before any deal",
            "Allies weigh new sanctions as {city} talks drag on",
            "{S} says peace plan could form basis for talks",
            "Kyiv and Moscow trade accusations ahead of {city} meeting",
            "Frozen assets and reconstruction top agenda in {city}",
            "{S} warns against pressure on Ukraine over {place}",
            "New round of negotiations opens in {city}"};

    private static final String[] NOISE = {"Advertisement", "Quick Reads", "Read more", "Share this article", "Related Stories",
            "Most Read", "Sign up"};

    private static String[] words(String s) {
        return s.split(" ");
    }

    private static <T> T pick(SplittableRandom r, T[] a) {
        return a[r.nextInt(a.length)];
    }

    private static <T> T pick(SplittableRandom r, List<T> a) {
        return a.get(r.nextInt(a.size()));
    }

    // ------------------------------------------------------------------------------------------
    // One article

    private final class ArticleWriter {
        private final SplittableRandom r;
        private final int index;
        private final boolean curly;
        private final String open;
        private final String close;
        private final Set<String> introduced = new HashSet<>();
        private final List<Speaker> cast = new ArrayList<>();
        private final StringBuilder out = new StringBuilder(4096);

        ArticleWriter(SplittableRandom r, int index) {
            this.r = r;
            this.index = index;
            this.curly = r.nextInt(10) < 6;
            this.open = curly ? "\u201C" : "\"";
            this.close = curly ? "\u201D" : "\"";
            int size = 3 + r.nextInt(4);
            for (int i = 0; i < size; i++) cast.add(randomSpeaker());
        }

        private Speaker randomSpeaker() {
            int roll = r.nextInt(100);
            if (roll < 30) return pick(r, CODEBOOK_PEOPLE);
            if (roll < 80) return pick(r, people).speaker();
            return pick(r, METONYMS);
        }

        String write() {
            Speaker lead = cast.get(0);
            String headline = fill(pick(r, HEADLINES)).replace("{S}", lead.shortName().startsWith("the ")
                    ? capitalise(lead.shortName()) : lead.shortName());
            line(headline);
            if (r.nextInt(3) == 0)
                line("By " + pick(r, people).first + " " + pick(r, people).last + " | " + pick(r, MONTHS) + " " + (1 + r.nextInt(28)) + ", 2025 | Story " + index);
            int paragraphs = 6 + r.nextInt(7);
            boolean dateline = r.nextInt(3) == 0;
            for (int p = 0; p < paragraphs; p++) {
                String prefix = "";
                if (p == 0 && dateline) prefix = pick(r, new String[]{"KYIV", "MOSCOW", "WASHINGTON", "BRUSSELS", "ISTANBUL", "GENEVA"})
                        + ", " + pick(r, MONTHS) + " " + (1 + r.nextInt(28)) + " (Bench Wire) - ";
                if (p > 0 && r.nextInt(12) == 0) {
                    line(pick(r, NOISE));
                } else if (p > 2 && r.nextInt(15) == 0) {
                    line("Quick Reads");
                    prefix = "View All";
                }
                line(prefix + paragraph(p));
            }
            if (!dateline && out.indexOf("Story " + index) < 0)
                line("Filed as story " + index + ".");
            else if (out.indexOf("Story " + index) < 0) line("Story " + index);
            if (r.nextBoolean()) {
                out.append('\n');
                int parens = 1 + r.nextInt(9);
                for (int i = 0; i < parens; i++) out.append(r.nextInt(4) == 0 ? "\n)\n" : ")\n");
                out.append('\n');
            }
            return out.toString();
        }

        private void line(String s) {
            out.append(s).append('\n');
        }

        private String paragraph(int p) {
            List<String> sentences = new ArrayList<>();
            if (p == 0) {
                sentences.add(fill(pick(r, NARRATION)));
            }
            int statements = 1 + (r.nextInt(4) == 0 ? 1 : 0) + (r.nextInt(8) == 0 ? 1 : 0);
            Speaker last = null;
            for (int s = 0; s < statements; s++) {
                if (last != null && last.person() && r.nextInt(3) == 0) {
                    sentences.add(followUp(last));
                    continue;
                }
                Speaker sp = r.nextInt(6) == 0 ? pick(r, COLLECTIVES) : pick(r, cast);
                sentences.add(statement(sp));
                last = sp;
            }
            if (r.nextInt(2) == 0) sentences.add(r.nextInt(sentences.size() + 1), fill(pick(r, NARRATION)));
            return String.join(" ", sentences);
        }

        /** How the speaker is named here: the full introduction the first time, the short name after. */
        private String name(Speaker sp) {
            if (COLLECTIVES.contains(sp)) return sp.shortName();
            if (introduced.add(sp.shortName())) return sp.intro();
            return sp.shortName();
        }

        private String clause(Speaker sp) {
            return fill(pick(r, CLAUSES.get(sp.side())));
        }

        private String quote(Speaker sp) {
            List<String> extra = QUOTE_ONLY.get(sp.side());
            String q = r.nextInt(4) == 0 ? fill(pick(r, extra)) : capitalise(clause(sp));
            if (curly) q = q.replace('\'', '\u2019');
            return q;
        }

        private String apostrophes(String s) {
            return curly ? s.replace('\'', '\u2019') : s;
        }

        private String statement(Speaker sp) {
            boolean collective = COLLECTIVES.contains(sp);
            String n = name(sp);
            String nStart = capitalise(n);
            String verb = pick(r, new String[]{"said", "said", "said", "warned", "insisted", "stressed", "argued", "reiterated", "added"});
            int form = collective ? 5 + r.nextInt(3) : r.nextInt(12);
            switch (form) {
                case 0:
                    return open + quote(sp) + "," + close + " " + n + " said.";
                case 1:
                    return open + quote(sp) + "," + close + " said " + n + ".";
                case 2:
                    return nStart + " said: " + open + quote(sp) + "." + close;
                case 3:
                    return nStart + " told " + pick(r, AUDIENCES) + ": " + open + quote(sp) + ". " + quote(sp) + "." + close;
                case 4:
                    return open + quote(sp) + "," + close + " " + n + " said on " + pick(r, DAYS) + ". " + open + quote(sp) + "." + close;
                case 5:
                    return nStart + " " + verb + " that " + apostrophes(clause(sp)) + ".";
                case 6:
                    return (collective ? nStart + (r.nextBoolean() ? " say " : " said ") : nStart + " " + verb + " ") + apostrophes(clause(sp)) + ".";
                case 7:
                    return r.nextBoolean()
                            ? "According to " + n + ", " + apostrophes(clause(sp)) + "."
                            : capitalise(apostrophes(clause(sp))) + ", according to " + n + ".";
                case 8:
                    return capitalise(apostrophes(clause(sp))) + ", " + n + " said.";
                case 9:
                    return nStart + " told " + pick(r, AUDIENCES) + " that " + apostrophes(clause(sp)) + ".";
                case 10:
                    return nStart + " " + verb + " that " + partial(sp) + ".";
                default:
                    return nStart + " made clear that " + apostrophes(clause(sp)) + ".";
            }
        }

        /** A reported clause with a few of its words quoted: Moscow would "continue military action". */
        private String partial(Speaker sp) {
            String c = apostrophes(clause(sp));
            String[] w = c.split(" ");
            if (w.length < 5) return c;
            int from = 1 + r.nextInt(w.length - 3);
            int to = Math.min(w.length, from + 2 + r.nextInt(4));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                if (i > 0) b.append(' ');
                if (i == from) b.append(open);
                b.append(w[i]);
                if (i == to - 1) b.append(close);
            }
            return b.toString();
        }

        private String followUp(Speaker sp) {
            String pron = sp.pronoun();
            return switch (r.nextInt(3)) {
                case 0 -> open + quote(sp) + "," + close + " " + pron + " added.";
                case 1 -> capitalise(pron) + " added that " + apostrophes(clause(sp)) + ".";
                default -> open + quote(sp) + "," + close + " " + pron + " said.";
            };
        }

        private String fill(String template) {
            String s = template;
            while (s.contains("{place}")) s = s.replaceFirst("\\{place}", pick(r, PLACES));
            while (s.contains("{city}")) s = s.replaceFirst("\\{city}", pick(r, CITIES));
            while (s.contains("{time}")) s = s.replaceFirst("\\{time}", pick(r, TIMES));
            while (s.contains("{plan}")) s = s.replaceFirst("\\{plan}", pick(r, PLANS));
            while (s.contains("{planShort}")) s = s.replaceFirst("\\{planShort}", pick(r, new String[]{"US plan", "peace proposal", "28-point plan"}));
            while (s.contains("{weapon}")) s = s.replaceFirst("\\{weapon}", pick(r, WEAPONS));
            while (s.contains("{day}")) s = s.replaceFirst("\\{day}", pick(r, DAYS));
            while (s.contains("{n}")) s = s.replaceFirst("\\{n}", Integer.toString(2 + r.nextInt(60)));
            return s;
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
