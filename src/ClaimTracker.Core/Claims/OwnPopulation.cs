using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Gives unqualified counts the people they count, after attribution (issue 10, "Subjects"):
/// <list type="bullet">
/// <item><b>An army counts its own.</b> Soldiers, troops, reservists or conscripts with no nationality, credited to a
/// country's military or government, are that country's ("three soldiers were killed in northern Gaza, the military
/// said": Israeli; "the army has ordered 10,000 reservists to be called up": Sudanese), and so does a state's own
/// media ("the portraits of 101 soldiers", KCNA: North Korean; <see cref="StateMedia"/>). Not when the sentence names
/// another people other than as a place ("Russia lost 1,500 soldiers, Ukraine's General Staff said"), nor when it
/// speaks of others' losses ("inflicted up to 425 casualties on the enemy", "captured 70 soldiers").</item>
/// <item><b>A country's only soldiers.</b> Soldiers with no nationality and no such source, in a sentence that names
/// one country and no other ("Jihadists kill at least 50 soldiers in Burkina Faso attack"), are that country's.</item>
/// <item><b>Gaza's dead are Palestinians.</b> People, civilians, children or health workers counted by a Palestinian
/// body (the Gaza health ministry, civil defence), in a sentence about Gaza, or in a story datelined in Gaza or led by a
/// count of Palestinians (<see cref="PalestinianLede"/>) or opened by a sentence that places it in Gaza
/// (<see cref="OpeningInGaza"/>) are Palestinians, and so are a family's members there (<see cref="FamilyMembers"/>) and the
/// dead a foreign outlet's reporter counts there (<see cref="OutletsOwnToll"/>); elsewhere "people"
/// stays "people", as the gold sets annotate them.</item>
/// <item><b>A country's civilians.</b> Civilians, children or women with no nationality, in a sentence that names one
/// country and only as a place ("at least 164 civilians were killed … in Ukraine"), are that country's
/// (<see cref="CountryCivilians"/>), and so are those the count's own clause places "in" a country, whoever else it
/// names (<see cref="CiviliansInACountry"/>).</item>
/// <item><b>A named enemy's fighters keep no nation</b> (<see cref="NamedFoe"/>), nor do the commanders among an armed group's
/// dead (<see cref="ArmedGroupsRanks"/>); the foes Israel's army counts in a story that has counted Gaza's people are
/// Palestinian (<see cref="ArmysFoesInGaza.StoryInGaza"/>).</item>
/// <item><b>Who came home is the home side's</b> in a swap, by the state that gives the count (<see cref="Homecoming"/>).</item>
/// <item><b>An aside shares the outer count's people</b>, once they are given ("including 140 in street fighting").</item>
/// <item><b>A side, a unit, a toll name whose people.</b> "killed on the Israeli side" (<see cref="SidesPeople"/>), "nine
/// of its fighters" of a named unit (<see cref="UnitsOwnMen"/>), "his company had 120 men" of a unit an earlier sentence
/// gave its nation (<see cref="UnitNamedEarlier"/>), "the dead included three women" of a Gaza toll
/// (<see cref="TheDeadsPeople"/>); an attack on another country's victims are not Gaza's (<see cref="AttackedCountrysVictims"/>), nor those a count
/// places in another country (<see cref="PlacedInAnotherCountry"/>).</item>
/// <item><b>Staff are their employer's</b> (<see cref="StaffEmployer"/>): a nation in the employer's name, none for an
/// aid group.</item>
/// </list>
/// Golden cases: own_army_counts_its_soldiers, soldiers_in_a_named_country, gaza_people_are_palestinians,
/// elided_people_noun, agency_staff_keep_no_people, staff_take_their_employers_people,
/// another_count_of_the_same_people, gaza_in_a_statements_opening_sentence, family_members_are_civilians,
/// gaza_victims_are_palestinians (victims are civilians, as data), gaza_citizens_are_palestinians.
/// </summary>
internal static class OwnPopulation
{
    private const string Palestinian = "PS";
    private const string Israeli = "IL";
    private static readonly WordSet CivilianNouns = WordLists.Set("civilianNouns");
    private static readonly WordSet KinPeople = WordLists.Set("kinPeople");
    private static readonly WordSet Locatives = WordLists.Set("locatives");
    private static readonly WordSet HeadingLocatives = WordLists.Set("headingLocatives");
    private static readonly WordSet OthersLosses = WordLists.Set("othersLosses");
    private static readonly WordSet PalestinianPlaces = WordLists.Set("palestinianPlaces");
    private static readonly WordSet DistinctForces = WordLists.Set("distinctForces");
    private static readonly WordSet WarNouns = WordLists.Set("warNouns");
    private static readonly WordSet CompassWords = WordLists.Set("compassWords");

    /// <summary>Gives counts with no people theirs; <paramref name="datelineCountry"/> is <see cref="DatelineCountry.Of"/>'s reading.</summary>
    public static void Give(string text, List<Sentence> sentences, List<ClaimDraft> drafts, string? datelineCountry, SentenceTokens sentenceTokens)
    {
        var tokens = new List<Token>();
        var read = -1;
        var named = new List<(Nationality People, bool AsPlace)>();
        bool aboutGaza = false, openedInGaza = false; // opened: by the paragraph's scene-setter, for civilians only
        var datelinedInGaza = DatelinedInGaza(text, sentences, tokens, sentenceTokens);
        var lede = PalestinianLede.Of(sentences, drafts);
        var entries = Entries(sentences);
        bool[] entriesInGaza = EntriesInGaza(text, sentences, entries, sentenceTokens), elsewhere = ItemElsewhere.Of(text, sentences, entries, sentenceTokens);
        var ledeInGaza = false;
        bool placedInGaza = datelinedInGaza || OpeningInGaza.Sets(text, sentences, datelineCountry, sentenceTokens), ledInGaza = placedInGaza || PalestinianLede.Sets(lede, Nationality.OfCountry(Palestinian)!.Adjective); // placed: by a Gaza place
        (ClaimDraft Draft, Nationality People)? civilians = null;
        ClaimDraft? captives = null;
        ClaimDraft? previous = null;
        var (hub, story, monitored) = StoryOf(text, sentences, drafts, datelineCountry, sentenceTokens);
        Homecoming.GiveShares(text, drafts, sentenceTokens); // "57 of those freed", whatever the sentence before gave them
        foreach (var draft in drafts)
        {
            if (NamedFoe.Settles(text, sentenceTokens.Of(draft.Sentence), draft) || Settled(text, draft, drafts, entries, sentenceTokens) || MissionsLaterCounts.Give(text, sentenceTokens, drafts, draft))
            {
                continue;
            }
            if (read != draft.Sentence)
            {
                civilians = read >= 0 && entries[read] != entries[draft.Sentence] ? null : civilians; // another entry, another story
                (read, tokens) = (draft.Sentence, sentenceTokens.Of(draft.Sentence));
                openedInGaza = !(aboutGaza = ReadPeople(text, sentences[read], tokens, named)) && ParagraphOpenedInGaza.Sets(text, sentences, read, sentenceTokens, drafts, named);
            }
            // Those an army detains in a story datelined in Gaza are Gaza's people, though the army (its nation the only one
            // named, and no place) counts them (Unseen9 times-of-israel-gaza-hostages "two more suspects were detained").
            var detainedInGaza = datelinedInGaza && draft.Metric == Metric.Detained && named.TrueForAll(n => !n.AsPlace && n.People.Country == draft.Source?.Country);
            var inGaza = (aboutGaza || (openedInGaza && !draft.Military) || detainedInGaza || ((ledInGaza || entriesInGaza[read] || (ledeInGaza && entries[read] == entries[lede!.Sentence])) && !elsewhere[read] && GazaWarsParties.Keep(named, placedInGaza || entriesInGaza[read])
                && (draft.Source?.Country is null or Palestinian || OutletsOwnToll.ByAForeignReporter(text, tokens, draft.Source)))) && !AnotherCountrysPeople(text, tokens, draft) && !TwoSidedTotal.Companion(text, drafts, sentenceTokens, draft);
            if (inGaza && Abductees.Are(draft, captives))
            {
                captives = draft;
                continue;
            }
            // Staff take their employer's people, and the kin of staff left without a nation none (StaffsPeople).
            if (StaffsPeople(text, tokens, draft, ref previous))
            {
                continue;
            }
            // "inflicted 425 casualties on the enemy", "captured 70 soldiers": others' losses are told before the count;
            // "12 soldiers were killed …, adding that its troops had neutralised 30 terrorists" still counts its own.
            var othersLosses = OthersLossesBefore(text, tokens, draft);
            var people = Homecoming.Of(text, tokens, draft) ?? SidesPeople.Of(text, tokens, draft) ?? UnitsOwnMen.Of(text, tokens, draft) ?? UnitNamedEarlier.Of(text, sentenceTokens, tokens, draft, named, drafts) ?? (draft.Military
                ? ArmysFoesInGaza.Of(draft, (aboutGaza || datelinedInGaza || ArmysFoesInGaza.StoryInGaza(text, tokens, draft, drafts, named)) && !GroupsNamed(text, tokens, draft))
                    ?? ArmysOwnStrike.Foe(text, tokens, draft)
                    ?? CivilWarsArmy.Of(text, tokens, draft, named)
                    ?? (othersLosses || draft.Metric == Metric.Captured ? null : Soldiers(text, tokens, draft, named, OwnForcesBefore.At(text, tokens, draft)) ?? StoryCountry.Soldiers(draft, named, story))
                    ?? GazaFighters(draft, (aboutGaza || (datelinedInGaza && named.TrueForAll(n => n.People.Country is Palestinian or Israeli))) && !GroupsNamed(text, tokens, draft))
                : Civilians(text, tokens, draft, inGaza && !AgencyStaff.Are(text, tokens, draft)) ?? CiviliansInACountry.Of(text, tokens, draft) ?? (RoundUpAcrossTheCountry.Is(text, tokens, draft) || RegionsOwner.Only(text, tokens) ? null : CountryCivilians.Of(draft, named, civilians)) ?? LaterCivilians(text, sentences, sentenceTokens, tokens, draft, named, hub, drafts, monitored));
            if (people is not null)
            {
                draft.Nationalities = [people.Adjective];
                civilians = draft.Military ? civilians : (draft, people);
                // A lede given Gaza's people by its own sentence sets the rest of its story (or live entry) in Gaza.
                ledeInGaza |= draft == lede && !draft.Military && people.Country == Palestinian;
            }
        }
    }

    // "seven of its workers" counted by World Central Kitchen, "volunteers with the Sudanese Red Crescent"; "two of its
    // staff and two of their relatives": the kin of staff left without a nation (StaffsKin).
    // previous: the count read before this one (the staff whose kin a count may be); becomes this one.
    private static bool StaffsPeople(string text, List<Token> tokens, ClaimDraft draft, ref ClaimDraft? previous)
    {
        var kin = StaffsKin.Are(text, tokens, draft, previous);
        previous = draft;
        if (kin)
        {
            return true;
        }
        if (draft.Military || !StaffEmployer.Of(text, tokens, draft, out var employers))
        {
            return false;
        }
        draft.Nationalities = employers is null ? [] : [employers.Adjective];
        return true;
    }

    // The last readings of civilians: a home region's (RegionCivilians), a national body's war-long toll (WarLongToll),
    // a share "among those killed" in the place the sentence before named (AmongTheKilled), the same body's breakdown
    // of a toll it gave its nation (WarLongToll.Continued), a UN monitor's nationwide toll in the country its report
    // monitors (NationwideToll), also when told as its civilian deaths and injuries; athletes a national sports body
    // counts (SportsBodysPeople) or the story's first toll gave a nation (SportsPeopleOfTheStory).
    private static Nationality? LaterCivilians(string text, List<Sentence> sentences, SentenceTokens sentenceTokens, List<Token> tokens, ClaimDraft draft,
        List<(Nationality People, bool AsPlace)> named, LedeRegion.Home hub, List<ClaimDraft> drafts, NationwideToll.Report monitored) =>
        RegionCivilians.Of(text, tokens, draft, named, hub.For(draft)) ?? WarLongToll.Of(text, tokens, draft)
        ?? AmongTheKilled.Of(text, sentences, sentenceTokens, tokens, draft, named.Count == 0) ?? WarLongToll.Continued(text, tokens, draft, drafts)
        ?? (NationwideToll.Candidate(draft) ? NationwideToll.Of(text, tokens, draft, named, monitored) : NationwideToll.OfFateNoun(text, tokens, draft, named, monitored))
        ?? SportsBodysPeople.Of(text, tokens, draft) ?? SportsPeopleOfTheStory.Of(draft, named, drafts);

    // The story's country (dateline or correspondent hub) for a home region's civilians, and for soldiers when every army
    // counted is its. With no dateline, the lede's region sets the home for later civilians (LedeRegion), not for soldiers.
    // The country a UN monitor's report covers (NationwideToll.Report) is read only when a candidate toll asks for it.
    private static (LedeRegion.Home Hub, Nationality? Story, NationwideToll.Report Monitored) StoryOf(string text, List<Sentence> sentences, List<ClaimDraft> drafts,
        string? datelineCountry, SentenceTokens sentenceTokens)
    {
        var hub = CorrespondentHub.StoryCountry(text, sentences, datelineCountry, sentenceTokens);
        return (LedeRegion.Of(hub, text, sentences, sentenceTokens), StoryCountry.Of(hub, drafts), new NationwideToll.Report(text, sentences, sentenceTokens));
    }

    // Victims of an attack on another country, people a count places in one, those an armed group (or its attack) killed, or a total
    // over both sides (TwoSidedTotal), are not Gaza's.
    private static bool AnotherCountrysPeople(string text, List<Token> tokens, ClaimDraft draft) =>
        AttackedCountrysVictims.Are(text, tokens, draft) || PlacedInAnotherCountry.Is(text, tokens, draft) || KillersGroup.Named(text, tokens, draft)
        || GroupsAttackVictims.Are(text, tokens, draft) || TwoSidedTotal.Is(text, tokens, draft);

    // Whether the count's people are given, or none is to be given: a nation already read, the toll it is part of
    // (TheDeadsPeople), a role of no nation (StatelessRoles, unless LocalRole) or civilians inside a bare toll
    // (PartOfABareToll), another count's people.
    private static bool Settled(string text, ClaimDraft draft, List<ClaimDraft> drafts, int[] entries, SentenceTokens sentenceTokens)
    {
        var tokens = sentenceTokens.Of(draft.Sentence);
        if (draft.Nationalities.Count > 0)
        {
            draft.Nationalities = Homecoming.ReturnedHostages(text, tokens, draft) ? [] : CompanionsSide.Over(text, tokens, draft) ?? draft.Nationalities;
            return true;
        }
        if ((NamedWholesPeople.Of(text, tokens, draft) ?? TheDeadsPeople.Of(text, tokens, draft, drafts)) is { } dead)
        {
            draft.Nationalities = dead;
            return true;
        }
        // "On the Israeli side, 12 people have been killed, among them four civilians, the Israeli army says": a side's own count of its parts (OwnSidesParts).
        if (OwnSidesParts.Of(text, tokens, draft) is { } side)
        {
            draft.Nationalities = [side.Adjective];
            return true;
        }
        // "those killed included five battalion commanders" of a group's toll an army gives: the group's, not the army's (ArmedGroupsRanks).
        if ((StatelessRoles.Are(draft) && !LocalRole.Is(text, tokens, draft)) || PartOfABareToll.Is(draft) || ArmedGroupsRanks.Are(text, tokens, draft, drafts))
        {
            return true;
        }
        // "kill 16, including five UNRWA staff": an agency's staff keep no people even inside a toll that has some (AgencyStaff);
        // "9,614 civilian deaths, among them 545 children": a monitor's share of children stays bare (Unseen9, Unseen70).
        draft.Nationalities = (draft.AsideOf is not null && (AgencyStaff.Are(text, tokens, draft) || NationwideToll.FateNounToll(draft.AsideOf)) ? null : AnotherCountsPeople(draft, drafts, entries)) ?? [];
        return draft.Nationalities.Count > 0;
    }

    // The people of a count this one belongs to, once that count has them: the outer count of an aside ("861 soldiers
    // have been killed, the army said, including 419 in ground battles"), the count it adds to ("Another 1,500
    // children"), the count "N others" stands beside.
    private static IReadOnlyList<string>? AnotherCountsPeople(ClaimDraft draft, List<ClaimDraft> drafts, int[] entries) =>
        draft.AsideOf is { Nationalities.Count: > 0 } outer && !draft.ListedInAside ? outer.Nationalities
            : MoreOfTheSame.Of(draft, drafts, entries) ?? OthersShareThePeople.Of(draft) ?? CompanionsSide.Of(draft);

    // A word of others' losses before the count; "the Israeli enemy targeted …, wounding five soldiers" is the attacker (EnemyAttacker).
    private static bool OthersLossesBefore(string text, List<Token> tokens, ClaimDraft draft)
    {
        for (var i = 0; i < tokens.Count && tokens[i].Start < draft.Number.Start; i++)
        {
            if (tokens[i].IsWord && OthersLosses.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)) && !EnemyAttacker.At(text, tokens, i))
            {
                return true;
            }
        }
        return false;
    }

    // ownForces: the sentence says "its forces" before the count (OwnForcesBefore), so another nation it names is the front.
    private static Nationality? Soldiers(string text, List<Token> tokens, ClaimDraft draft, List<(Nationality People, bool AsPlace)> named, bool ownForces)
    {
        if (draft.Noun != "troops" || draft.AsideOf is not null || (draft.NounWord is { } word && DistinctForces.Contains(word)))
        {
            return null;
        }
        if (draft.Source is { Country: { } country } source && (source.Kind is SourceKind.Military or SourceKind.Government || StateMedia.Is(source))
            && Nationality.OfCountry(country) is { } own)
        {
            return ownForces || named.TrueForAll(n => n.AsPlace || n.People.Country == own.Country) ? own : null;
        }
        var countries = named.Select(n => n.People).DistinctBy(n => n.Country).ToList();
        // "Three more soldiers were killed in southern Gaza": Gaza has no army of its own, so soldiers placed there are
        // no Palestinians (its armed men are "fighters", GazaFighters) but the army's that fights there
        // (TerritoryWithoutArmy). Golden cases: soldiers_placed_in_gaza_are_no_palestinians, the_army_in_gaza_is_israels.
        // "the latest contingent … 1,500 troops, who are believed to have moved to Russia": a destination owns no one.
        if (draft.Source is not null || countries.Count != 1 || !named.TrueForAll(n => n.AsPlace) || PlaceOfTheCounted.OnlyADestination(text, tokens, countries[0].Country))
        {
            return null;
        }
        return TerritoryWithoutArmy.ArmyIn(countries[0].Country) ?? countries[0];
    }

    // "Israeli troops killed six gunmen who emerged from a tunnel in Rafah", "the military says it has killed some 22,000
    // terrorists in the Strip": irregular fighters counted in a story set in Gaza, whoever counts them, are Palestinian;
    // Israel's army counting them does not make them Israeli (golden case: gaza_fighters_are_palestinian).
    private static Nationality? GazaFighters(ClaimDraft draft, bool inGaza) =>
        inGaza && draft.Noun == "fighters" ? Nationality.OfCountry(Palestinian) : null;

    // "at least 19 Hamas and Islamic Jihad fighters" an army says it killed in Gaza: the groups the count names are its
    // people; Gaza's are not added to them (Unseen14 middle-east-eye-gaza-school-dawn-prayer, whose "strike on Gaza"
    // headline sets it in Gaza).
    private static bool GroupsNamed(string text, List<Token> tokens, ClaimDraft draft)
    {
        var word = draft.NounWord ?? draft.Noun;
        var noun = tokens.FindIndex(t => t.IsWord && t.Start >= draft.Number.End && text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase));
        return noun > 0 && tokens[noun - 1].IsWord && tokens[noun - 1].Start >= draft.Number.End && char.IsUpper(text[tokens[noun - 1].Start]);
    }

    // WAFA's "killing 164 citizens and injuring 200 others", "sheltering about 300 medical staff" count Gaza's people
    // as "people" does; but "citizens" and "staff" only as the count's own word: never "citizens of Australia,
    // Britain …" (another country's), nor a noun carried over from another sentence to "put the toll at six" (Unseen16
    // afp-gaza-aid-convoy-strike) or to "UNRWA team members … 197" (an agency's staff, AgencyStaff).
    private static bool OthersCitizens(string text, List<Token> tokens, ClaimDraft draft)
    {
        var word = draft.NounWord ?? draft.Noun;
        if (!word.Equals("citizens", StringComparison.OrdinalIgnoreCase) && !word.Equals("staff", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var noun = tokens.FindIndex(t => t.IsWord && text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase));
        return noun < 0 || (noun + 1 < tokens.Count && text.AsSpan(tokens[noun + 1].Start, tokens[noun + 1].Length).Equals("of", StringComparison.OrdinalIgnoreCase));
    }

    // "eight members of a single family" are civilians as "people" are (<see cref="FamilyMembers"/>), and so are a
    // witness's kin ("lost four relatives", "his three nephews were among the dead", "whose two sons were wounded";
    // people.json kinPeople) and a count with no people word of its own, read by its fate ("Dozens killed near aid
    // convoy in northern Gaza", "stands at 56,412 killed"): its noun is "people". Golden cases:
    // gaza_kin_and_bare_tolls_are_palestinians, kin_elsewhere_keep_no_nation.
    private static Nationality? Civilians(string text, List<Token> tokens, ClaimDraft draft, bool aboutGaza) =>
        (CivilianNouns.Contains(PeopleWord(draft)) || KinPeople.Contains(PeopleWord(draft)) || FamilyMembers.Are(text, tokens, draft))
        && (aboutGaza || draft.Source?.Country == Palestinian) && !OthersCitizens(text, tokens, draft)
            ? Nationality.OfCountry(Palestinian)
            : null;

    // The word the count names its people by; a fate word ("30 killed") names none, and the count's noun stands.
    private static string PeopleWord(ClaimDraft draft) =>
        draft.NounWord is { } word && (ClaimLexicon.CivilianNouns.Contains(word) || ClaimLexicon.MilitaryNouns.Contains(word) || ClaimLexicon.IrregularNouns.Contains(word) || CivilianNouns.Contains(word))
            ? word
            : draft.Noun;

    // "KHAN YOUNIS, Gaza Strip (AFP) —": a story datelined in Gaza is about Gaza wherever its sentences name no other
    // people and its counts come from no other country's body (Reporting gaza-khan-younis-tents, gaza-ministry-daily).
    private static bool DatelinedInGaza(string text, List<Sentence> sentences, List<Token> tokens, SentenceTokens sentenceTokens)
    {
        // The headline may not read as one, so the dateline is looked for at the start of the first few sentences;
        // "DEIR AL-BALAH": a place of two words is known by its second, the fourth token (golden case gaza_places_of_two_words).
        // Plain loops: this runs once for every article, and most are nowhere near Gaza.
        var read = 0;
        foreach (var lede in sentences)
        {
            if (lede.IsFurniture)
            {
                continue;
            }
            if (read++ == 3)
            {
                break;
            }
            Token.Split(text, lede.Start, Math.Min(lede.End, lede.Start + 40), tokens);
            if (OpensWithPalestinianPlace(text, tokens))
            {
                return true;
            }
        }
        return HeadlineInGaza(text, sentences, sentenceTokens);
    }

    private static bool OpensWithPalestinianPlace(string text, List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count && k < 4; k++)
        {
            var t = tokens[k];
            if (t.IsWord && char.IsUpper(text[t.Start]) && PalestinianPlaces.Contains(text.AsSpan(t.Start, t.Length)))
            {
                return true;
            }
        }
        return false;
    }

    // "UN agency says its staff death toll in Gaza has reached 247": a headline that sets its story in Gaza sets the
    // article there as a dateline does (Unseen3 un-news-unrwa-staff; golden case gaza_in_the_headline).
    private static bool HeadlineInGaza(string text, List<Sentence> sentences, SentenceTokens sentenceTokens)
    {
        if (sentences.Count == 0)
        {
            return false;
        }
        return HeadingInGaza(text, sentenceTokens.Of(0));
    }

    // "12 Oct 2024 - 11:25 GMT / Jabalia: Bodies left in the streets": a live page's entry whose heading sets it in Gaza,
    // as a headline sets a story, is about Gaza up to the next heading (golden case gaza_entry_of_a_live_page).
    private static bool[] EntriesInGaza(string text, List<Sentence> sentences, int[] entries, SentenceTokens sentenceTokens)
    {
        var inGaza = new bool[sentences.Count];
        for (var i = 1; i < sentences.Count; i++)
        {
            inGaza[i] = entries[i] == i ? HeadingInGaza(text, sentenceTokens.Of(i)) : inGaza[i - 1] || SectionOpensInGaza(text, sentences, entries, i, sentenceTokens);
        }
        return inGaza;
    }

    // "Gaza hospital hit again / In Gaza, the Kamal Adwan Hospital was hit …": a section of a round-up led elsewhere whose
    // first sentence opens on a Gaza place sets the section in Gaza, as a heading placing it there would; the article's
    // opening (Lebanon's) no longer reaches its "80 injured people" (Unseen43 abc-baalbek). Golden case:
    // gaza_section_of_a_lebanon_roundup.
    private static bool SectionOpensInGaza(string text, List<Sentence> sentences, int[] entries, int i, SentenceTokens sentenceTokens)
    {
        if (entries[i] == 0 || i != entries[i] + 1 || sentences[i].IsHeading)
        {
            return false;
        }
        var tokens = sentenceTokens.Of(i);
        var place = tokens.Count > 2 && tokens[1].IsWord && CompassWords.Contains(text.AsSpan(tokens[1].Start, tokens[1].Length)) ? 2 : 1;
        return tokens.Count > place && tokens[0].IsWord && Locatives.Contains(text.AsSpan(tokens[0].Start, tokens[0].Length))
            && tokens[place].IsWord && PalestinianPlaces.Contains(text.AsSpan(tokens[place].Start, tokens[place].Length));
    }

    // The heading each sentence stands under (a live page's entries, a story's crossheads).
    private static int[] Entries(List<Sentence> sentences)
    {
        var entries = new int[sentences.Count];
        for (var i = 1; i < sentences.Count; i++)
        {
            entries[i] = sentences[i].IsHeading ? i : entries[i - 1];
        }
        return entries;
    }

    private static bool HeadingInGaza(string text, List<Token> tokens) =>
        (tokens.Count > 1 && tokens[0].IsWord && PalestinianPlaces.Contains(text.AsSpan(tokens[0].Start, tokens[0].Length)) && IsMark(text, tokens[1], ':'))
        || PlacedInGaza(text, tokens);

    /// <summary>Whether the tokens name a Gaza place as a place: after a locative ("in northern Gaza") or as a label ("| Gaza Strip").</summary>
    internal static bool PlacedInGaza(string text, List<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && char.IsUpper(text[tokens[i].Start]) && PalestinianPlaces.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length))
                && (IsLabel(text, tokens, i) || (tokens[i - 1].IsWord && IsLocative(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length)))))
            {
                return true;
            }
        }
        return false;
    }

    // "…, north Gaza": a title's compass word places it as a locative does (golden case gaza_in_a_statements_title).
    private static bool IsLocative(ReadOnlySpan<char> word) => Locatives.Contains(word) || HeadingLocatives.Contains(word);

    // "Humanitarian Situation Update #341 | Gaza Strip", "Gaza: WHO evacuates 22 patients": a place set off as the
    // headline's label, after a bar or before a colon (golden case: gaza_as_the_headline_label).
    private static bool IsLabel(string text, List<Token> tokens, int i) => IsMark(text, tokens[i - 1], '|');

    private static bool IsMark(string text, Token token, char mark) => !token.IsWord && text[token.Start] == mark;

    // "where Hezbollah has traded fire with Israel since the start of the Gaza war", "since the war in Gaza began": a
    // war named by Gaza dates a count made elsewhere (Lebanon, Yemen) and does not set it in Gaza (attribution.json
    // warNouns; Unseen24 france24-lebanon-strike-liveblog; golden case lebanons_own_outside_the_gaza_war).
    private static bool NamesAWar(string text, List<Token> tokens, int i) =>
        (i + 1 < tokens.Count && tokens[i + 1].IsWord && WarNouns.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)))
        || (i >= 2 && tokens[i - 1].IsWord && tokens[i - 2].IsWord && text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length).Equals("in", StringComparison.OrdinalIgnoreCase)
            && WarNouns.Contains(text.AsSpan(tokens[i - 2].Start, tokens[i - 2].Length)));

    // "nearly two weeks into a truce between Israel and Hezbollah", "fighting between Russia and Ukraine": the parties a
    // war or truce is between name neither the counted nor their place (Unseen23 afp-lebanon-army-checkpoint-strike:
    // "wounded three soldiers …, the Lebanese military said, … a truce between Israel and Hezbollah"; golden case
    // lebanons_own_outside_the_gaza_war).
    private static bool PartyBetween(string text, List<Token> tokens, int i) =>
        (i >= 1 && IsWord(text, tokens[i - 1], "between"))
        || (i >= 3 && IsWord(text, tokens[i - 1], "and") && IsWord(text, tokens[i - 3], "between"));

    private static bool IsWord(string text, Token token, string word) =>
        token.IsWord && text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    // The peoples and countries the sentence names, each marked when named as a place ("in northern Gaza"); true when
    // it names a place in Gaza.
    internal static bool ReadPeople(string text, Sentence sentence, List<Token> tokens, List<(Nationality, bool)> named)
    {
        named.Clear();
        var gaza = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && PalestinianPlaces.Contains(text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start)) && !NamesAWar(text, tokens, i))
            {
                gaza = true;
            }
            if (Nationality.At(text, tokens, i) is { } found)
            {
                if (!NamedAsPlace.IsDateline(text, tokens, i, found.Tokens) && !NamedAsPlace.InAName(text, tokens, i, found.Tokens, found.Nationality, sentence.IsHeading)
                    && !BasedIn.At(text, tokens, i, found.Tokens) && !AttackersAdjective.At(text, tokens, i, found.Tokens) && !PartyBetween(text, tokens, i)
                    && !CountryInABodysName.At(text, tokens, i, found.Tokens) && !JourneysOrigin.At(text, tokens, i, found.Tokens, found.Nationality)
                    && !WarTheatre.At(text, tokens, i, found.Tokens, found.Nationality) && !BorderAdjective.At(text, tokens, i, found.Tokens))
                {
                    named.Add((found.Nationality, NamedAsPlace.At(text, tokens, i, found.Tokens) || NamedAsPlace.JoinedToAPlace(text, tokens, i)));
                }
                i += found.Tokens - 1;
            }
        }
        return gaza;
    }
}
