using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Bare count: a number with no people noun counts people when a verb group follows ("400 have been killed"), it
/// refers back ("of them"), "more" follows a deployment verb, or a toll precedes it ("the toll rose to 60"); its
/// people are the earlier count's, else the sentences before, else "people" when a casualty verb follows. "put the
/// number of Israeli troops there at about 60,000" names them after "number of". False for any other bare number.
/// Golden cases: bare_number_with_casualty_verb, bare_toll_at, death_toll_rose, inherited_next_sentence,
/// ordered_more_soldiers, toll_a_dozen_words_back, losses_stand_at, number_of_people_at, toll_climbed_from_to, toll_names_its_fate,
/// toll_passed_figure, toll_passed_after_a_long_subject, toll_has_reached, toll_rose_after_a_long_subject, toll_rose_past_a_date, number_of_injured_at, cases_of_killings_count_people,
/// taking_the_total_to, toll_is_now, toll_raised_it_to, toll_rose_from_an_earlier_figure, toll_put_at_earlier_in_the_day,
/// toll_approaching_a_figure, bare_count_displaced, family_of_a_number, bare_count_with_a_state, disease_cases_are_people_counted, figure_noun_stands_for_the_count,
/// bare_count_that_moves, figure_in_brackets_after_its_people, figure_after_a_dash, it_stands_for_the_count,
/// total_expected_to_reach, persons_who_are_counted, toll_stands_past_an_aside, a_brought_number_of_joined_people.
/// </summary>
internal sealed class BareCount : CountPhraseRule
{
    public static readonly BareCount Rule = new();

    private static readonly WordSet AfterBareCount = WordLists.Set("afterBareCount");
    private static readonly WordSet KillVerbs = WordLists.Set("killVerbs");
    private static readonly WordSet TollWords = WordLists.Set("tollWords");
    private static readonly WordSet ReachVerbs = WordLists.Set("tollReachVerbs");
    private static readonly WordSet RiseVerbs = WordLists.Set("riseVerbs");
    private static readonly WordSet TotalVerbs = WordLists.Set("totalVerbs");
    private static readonly WordSet TollPhraseEnds = WordLists.Set("tollPhraseEnds");
    private static readonly WordSet StandVerbs = WordLists.Set("tollStandVerbs");
    private static readonly WordSet Conjunctions = WordLists.Set("tollPeopleConjunctions");
    private static readonly WordSet EstimateRunVerbs = WordLists.Set("estimateRunVerbs");

    private BareCount()
    {
    }

    private enum Toll
    {
        None,
        Casualties,
        Figure,
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Noun >= 0 || ElidedNoun.ShareOfThings(reader, phrase))
        {
            return phrase.Noun >= 0;
        }
        if (HeadlineExodus.Reads(reader, phrase))
        {
            // "Over 33,000 flee North Kordofan": people on the move, the outlet's own summary of the body's exodus.
            draft.Noun = "people";
            phrase.NamedMetric = Metric.Displaced;
            return true;
        }
        if (reader.Sentence.IsHeading || FatePutAt.Names(reader, phrase))
        {
            return reader.Sentence.IsHeading ? HeadlineToll(reader, phrase, draft) : TakePeople(reader, phrase, draft, bare: false, preceded: true, tollOf: null);
        }
        var tokens = reader.Tokens;
        var q = phrase.QualifierFirst;
        if (FamilyOfCount.At(reader, q, phrase.TokenAfter))
        {
            draft.Noun = "people";
            return true;
        }
        var afterCount = phrase.AfterCount;
        var bare = ReadsBare(reader, phrase, q, afterCount);
        var toll = PrecedingToll(reader, phrase, TollSearchBound(reader, phrase));
        phrase.TollOfCasualties = toll == Toll.Casualties;
        TollFrom.NameEarlierFate(reader, phrase);
        var last = phrase.Last;
        // "Then it became 8,200": a pronoun for the count before stands where a figure noun would.
        var preceded = (toll == Toll.Casualties || toll == Toll.Figure && (phrase.Previous is not null || FigureNoun.StandsForEarlierCount(reader, phrase)) && NumberOfPeople(reader, q, phrase.PreviousBound) is null
            || (toll == Toll.None && phrase.Previous is null && CountPronoun.Before(reader, phrase))
            // "and in May he said as many as 90": the figure a speaker gave restates the count before.
            || (toll == Toll.None && SaidFigure.Names(reader, phrase)))
            && (last + 1 >= tokens.Count || !tokens[last + 1].IsWord || AfterBareCount.Contains(reader.Word(last + 1)) || TollFrom.TimeFollows(reader, last + 1) || TollFrom.Earlier(reader, q));
        var tollOf = !bare && toll == Toll.Casualties ? NumberOfPeople(reader, q, phrase.PreviousBound) : null;
        if (tollOf is not null)
        {
            // "had put the number of North Korean soldiers killed at 300 and wounded at 2,700": the fate named beside
            // the people is this figure's, not the next one's.
            phrase.NamedMetric = LossesToll.PairedFate(reader, tollOf.Value + 1, q) ?? DescribedFate.Before(reader, tollOf.Value);
        }
        if (!bare && !preceded && toll != Toll.Casualties && NumberOfPeople(reader, q, phrase.PreviousBound) is { } named)
        {
            // "put the number of Israeli troops there at about 60,000": the people are named after "number of", and
            // "the number of soldiers killed … to 146" their fate right after them.
            SubjectNoun.Give(reader, draft, named);
            phrase.NamedMetric = (named + 1 < q ? LossesToll.PairedFate(reader, named + 1, q) : null) ?? DescribedFate.Before(reader, named);
            if (draft.Nationalities.Count == 0 && NationalityBefore(reader, named) is { } nationality)
            {
                draft.Nationalities = [nationality];
            }
            return true;
        }
        if (!bare && !preceded && NamedBesideTheFigure(reader, phrase, draft))
        {
            return true;
        }
        // "By evening the figure had risen to 19": the figure stands for the count before, not for the people named last.
        // "Others think it higher; one monitor puts it at 9,000": so does "it" after an estimate's verb.
        return Tallied(reader, phrase, draft) || (bare || preceded) && TakePeople(reader, phrase, draft, bare, preceded, tollOf, standsForCount: preceded && phrase.Previous is null && (toll == Toll.Figure || CountPronoun.PutObject(reader, phrase) || SaidFigure.Names(reader, phrase)));
    }

    // "400 have been killed", "Around 1,500 a day are still coming": a verb group after the bare figure.
    private static bool VerbFollows(PeopleCountReader reader, int at) =>
        at < reader.Tokens.Count && reader.Tokens[at].IsWord && PeopleWords.VerbStarts.Contains(reader.Word(at));

    // A bare number that counts people by what follows it: a verb group, "more" after a deployment verb, a further
    // count, a state, a verb of moving, a severity share or "who".
    private static bool ReadsBare(PeopleCountReader reader, CountPhrase phrase, int q, int afterCount)
    {
        var tokens = reader.Tokens;
        return FreedWhole.Names(reader, phrase) || phrase.SawThem || phrase.Elided || VerbFollows(reader, afterCount) || VerbFollows(reader, FigureRate.Past(reader, afterCount))
            // "said it would deploy 2,000 more": more of the people already named.
            || (phrase.More && q - 1 > phrase.PreviousBound && tokens[q - 1].IsWord && ClaimLexicon.Deployed.Contains(reader.Word(q - 1)))
            || FurtherCount.Marks(reader, phrase) || StateAfterBareCount.Follows(reader, afterCount)
            // "About 2,300 arrived in Adre": people move, things are carried.
            || MovingCount.Follows(reader, phrase, afterCount)
            // "Seven people were hurt, three critically": a severity names a share of the count before.
            || SeverityShare.Follows(reader, phrase, phrase.TokenAfter)
            // "and that 24 who had been serving long sentences were being deported": "who" is said of persons only (not
            // "a father of three who died": the father; nor a crowd, "tens of thousands who may be trapped").
            || (reader.Is(phrase.TokenAfter, "who") && !reader.Is(phrase.TokenBefore, "of") && phrase.Number.Kind != NumberKind.Vague);
    }

    /// <summary>
    /// A headline's toll: "Gaza death toll passes 51,200", "Strike on Lebanon kills 27", "Kharkiv strike kills 5, wounds 29".
    /// A headline is read for nothing else bare (its other numbers are labels, scores, days of a war), so only a fate verb
    /// or a toll word right before the figure, and nothing after it but the headline's end or a comma, makes it a count.
    /// Golden cases: headline_toll_passes, headline_strike_kills.
    /// </summary>
    private static bool HeadlineToll(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Elided && ContinuedRow.OnBulletedRow(reader.Text, reader.Sentence.Start))
        {
            // "- Kebkabiya: about 41,000": a table's row, read as a heading for its hedge, continues the row above.
            return TakePeople(reader, phrase, draft, bare: true, preceded: false, tollOf: null);
        }
        var after = phrase.TokenAfter;
        if (phrase.SawThem || phrase.Number.Kind == NumberKind.Vague || (after < reader.Tokens.Count && reader.Tokens[after].IsWord && !AfterBareCount.Contains(reader.Word(after)))
            || PrecedingToll(reader, phrase, TollSearchBound(reader, phrase)) != Toll.Casualties)
        {
            return false;
        }
        phrase.TollOfCasualties = true;
        return TakePeople(reader, phrase, draft, bare: false, preceded: true, tollOf: null);
    }

    // "which count Russian soldiers confirmed dead …, have named more than 78,000 of them": the tallied people, named in
    // the sentence before the verb of counting, nearer than any the sentences before carried.
    private static bool Tallied(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (TalliedOfThem.Counted(reader, phrase) is not (>= 0 and var counted, { } fate))
        {
            return false;
        }
        SubjectNoun.Give(reader, draft, counted);
        draft.Nationalities = NationalityBefore(reader, counted) is { } nation ? [nation] : draft.Nationalities;
        phrase.NamedMetric = fate;
        return true;
    }

    // People a number counts without a noun after it: "58 cases of extrajudicial killings", "civilians (23)",
    // "44,100 cholera cases".
    private static bool NamedBesideTheFigure(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var afterCount = phrase.AfterCount;
        if (CasesOf.After(reader, afterCount) is { } cases)
        {
            // "58 cases of extrajudicial killings": the people the cases happened to.
            draft.Noun = "people";
            phrase.NamedMetric = cases;
            return true;
        }
        if (CasesOf.PeopleBeing(reader, afterCount, out var fate) is var people and >= 0)
        {
            // "19,600 cases of Ukrainian children being illegally deported": those children, and what was done to them.
            SubjectNoun.Give(reader, draft, people);
            if (Nationality.At(reader.Text, reader.Tokens, people - 1) is { } own)
            {
                phrase.Nationalities.Add(own.Nationality.Adjective);
                draft.Nationalities = [own.Nationality.Adjective];
            }
            phrase.NamedMetric = fate;
            return true;
        }
        if (FigureAfterItsNoun.Noun(reader, phrase) is { } before)
        {
            // "civilians (23)", "the wounded — 112 —": the people named just before the figure, and their fate.
            SubjectNoun.Give(reader, draft, before);
            // "the dead included civilians (23) and soldiers (4)": a joined noun shares the fate of the count before.
            phrase.NamedMetric = MetricWord.At(reader, before, before + 1)
                ?? (phrase.Previous is { } previous && before > 0 && (reader.Is(before - 1, "and") || reader.Is(before - 1, "or")) ? previous.Metric : null);
            return true;
        }
        if (StrengthUnit.SizedAt(reader, phrase) is var sized and >= 0)
        {
            // "put the size of the North Korean force in Kursk at about 11,000": the force's soldiers, of its nation.
            SubjectNoun.Give(reader, draft, sized);
            draft.Nationalities = NationalityBefore(reader, sized) is { } nation ? [nation] : draft.Nationalities;
            return true;
        }
        if (StrengthUnit.OfBefore(reader, phrase) is var unit and >= 0)
        {
            // "a further contingent of around 6,000, who could leave": the unit's soldiers, whom the clause forecasts.
            SubjectNoun.Give(reader, draft, unit);
            if (StrengthUnit.ForecastAfter(reader, phrase.TokenAfter))
            {
                draft.Status = ClaimStatus.Expected;
            }
            return true;
        }
        if (DiseaseCases.After(reader, afterCount))
        {
            // "44,100 cholera cases": the people who fell ill.
            draft.Noun = "people";
            phrase.NamedMetric = Metric.Other;
            return true;
        }
        return false;
    }

    // The bare count's people: the earlier count's, else the sentences before (for a figure noun, their count:
    // FigureAntecedent), else "people" when a casualty verb follows.
    private static bool TakePeople(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft, bool bare, bool preceded, int? tollOf, bool standsForCount = false)
    {
        var like = phrase.Like;
        var source = like is not null
            ? new PeopleContext(like.Nationalities, like.Noun, like.Military, like.Metric, reader.Sentence.Paragraph, reader.SentenceIndex)
            : (standsForCount ? phrase.EarlierCount() : null) ?? phrase.Antecedent();
        if (source is null)
        {
            // "More than 100 were killed": a casualty verb makes a bare number a count of people.
            // "Killed: 41" with no people before: a fate named for the bare number makes it a count of people too,
            // and so does a verb of moving ("Some 870 crossed into Chad").
            if (!preceded && phrase.NamedMetric is null && !(bare && (CasualtyVerbFollows(reader, phrase.AfterCount, phrase.NextBound) || MovingCount.Follows(reader, phrase, phrase.AfterCount)
            || ActedOnThem(reader, phrase))))
            {
                return false;
            }
            draft.Noun = "people";
            if (tollOf is { } named)
            {
            // "put the number of North Korean soldiers killed at 300", with no people before: the ones named.
                SubjectNoun.Give(reader, draft, named);
            }
        }
        else
        {
            // "estimated Ukrainian military deaths at close to 70,000": the toll's own nation (NationOfThePutToll).
            draft.Nationalities = phrase.Nationalities.Count > 0 ? phrase.Nationalities
                : NationOfThePutToll.Of(reader, phrase) is { } tolls ? [tolls] : source.Nationalities;
            draft.Noun = source.Noun;
            draft.Military = source.Military;
            // "one of the dead was a fighter and the other three were civilians": the rest of the dead, not the people
            // counted last.
            draft.Metric = RestOfTheNamed.Fate(reader, phrase) ?? ThoseWhoActed.Fate(reader, phrase) ?? source.Metric;
            if (tollOf is { } own && like is null)
            {
                NamedOverCarried(reader, draft, own, source);
            }
        }
        return true;
    }

    // "we buried 180 of them", "they killed 40 of them": a casualty verb right before "N of them" counts people even
    // when the sentences before named none (a witness's quotation; golden case we_buried_them_counts_the_dead).
    private static bool ActedOnThem(PeopleCountReader reader, CountPhrase phrase) =>
        phrase.SawThem && reader.IsIn(phrase.TokenBefore, KillVerbs);

    // "The total number of UNRWA team members killed … has risen to 171" after a line on 31,988 Palestinians: the
    // toll names its own people in its sentence, and they are counted, not the people the sentence before carried
    // (who keep their nation only when the noun is theirs too: "the number of soldiers killed … to 146" after "Israeli
    // troops"). Golden case: a_toll_counts_the_people_it_names.
    private static void NamedOverCarried(PeopleCountReader reader, ClaimDraft draft, int own, PeopleContext carried)
    {
        draft.Nationalities = [];
        draft.Military = false;
        SubjectNoun.Give(reader, draft, own);
        if (draft.Nationalities.Count == 0 && (NationalityBefore(reader, own) is { } nationality))
        {
            draft.Nationalities = [nationality];
        }
        else if (draft.Nationalities.Count == 0 && draft.Noun == carried.Noun)
        {
            draft.Nationalities = carried.Nationalities;
        }
    }

    private static bool CasualtyVerbFollows(PeopleCountReader reader, int from, int nextBound)
    {
        for (var i = from; i < nextBound && i < from + 5; i++)
        {
            if (reader.Tokens[i].IsWord && (PeopleWords.IsCasualtyWord(reader.Word(i)) || UprootedCount.IsUprootingVerb(reader.Word(i))))
            {
                return true;
            }
            if (!reader.Tokens[i].IsWord)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// "the number of people": "put the number of Israeli troops there at about 60,000", "brought the total number of
    /// Ukrainians returned to 3,956" — a figure word and "of" a few words before "at"/"to" (or a verb of reaching: "The
    /// number of returnees to the capital alone is expected to reach 2.3 million", Unseen38 panapress), then a people noun
    /// within three words; returns the noun's token or null. Golden cases: number_of_people_at,
    /// a_number_of_people_reaching_a_figure.
    /// </summary>
    private static int? NumberOfPeople(PeopleCountReader reader, int qualifierFirst, int prevBound)
    {
        var p = qualifierFirst - 1;
        // "the number of troops has grown by about 2,500": the size of a rise counts the same people (RiseBy).
        // "estimates of the number of people killed run as high as 150,000": an estimate's verb of running before the
        // hedge names the people as "at" does (Unseen74 okaz; golden case estimates_of_the_number_killed_run_as_high_as).
        // "the number of its fighters killed … could be as high as 4,000", "the true number of Russian dead is at least
        // 140,000": a copula, hedged or not, states the number's level as "at" does (Unseen74 timesofisrael-reuters,
        // washingtonnews24; golden case a_number_of_people_stated_by_a_copula).
        if (!(reader.Is(p, "at") || reader.Is(p, "to") || reader.IsIn(p, ReachVerbs) || RiseBy.At(reader, p) || TollRestated.ByCopula(reader, p) || HedgedLevel.Copula(reader, p)
            || (reader.IsIn(p, EstimateRunVerbs) && qualifierFirst < reader.Tokens.Count && !reader.IsNumberToken(qualifierFirst))))
        {
            return null;
        }
        // Sixteen words back: "the number of soldiers killed in Gaza since the ground offensive began on October 27 to 146";
        // twice as far when a total verb brings the number ("brought the number of paramedics and firefighters killed
        // since the start of the Israeli offensive on Lebanon in October to 148").
        for (var b = p - 2; b > prevBound && b >= p - 32; b--)
        {
            if (!reader.IsIn(b, TollWords) || !reader.Is(b + 1, "of"))
            {
                continue;
            }
            // A number that reaches the figure reads as far ("The number of soldiers killed, wounded or missing on both
            // sides of Russia's war on Ukraine could reach 2 million", Unseen64 ap-csis; golden case hedged_toll_level_is_read).
            if (b < p - 16 && !(reader.Is(b - 1, "the") && reader.IsIn(b - 2, TotalVerbs)) && !reader.IsIn(p, ReachVerbs))
            {
                return null;
            }
            // "the number of emergency and health workers killed": a joined modifier lends the people noun a word's reach.
            for (int k = b + 2, reach = b + 4; k < p && k <= reach; k++)
            {
                if (!reader.Tokens[k].IsWord)
                {
                    return null;
                }
                reach += reader.IsIn(k, Conjunctions) ? 1 : 0;
                if (IsCountedNoun(reader, k))
                {
                    return LastJoinedNoun(reader, k, p);
                }
            }
            return null;
        }
        return null;
    }

    private static bool IsCountedNoun(PeopleCountReader reader, int k) =>
        reader.Tokens[k].IsWord && PeopleWords.IsPeopleNoun(reader.Word(k)) && !ClaimLexicon.MetricNouns.Contains(reader.Word(k));

    // "the number of paramedics and firefighters killed": the fate follows the last of the joined people nouns.
    private static int LastJoinedNoun(PeopleCountReader reader, int k, int p)
    {
        while (k + 2 < p && reader.IsIn(k + 1, Conjunctions) && IsCountedNoun(reader, k + 2))
        {
            k += 2;
        }
        return k;
    }

    /// <summary>"the number of Israeli troops", "North Korean workers … numbered": a nationality right before the people noun.</summary>
    internal static string? NationalityBefore(PeopleCountReader reader, int noun)
    {
        for (var s = Math.Max(0, noun - 3); s < noun; s++)
        {
            if (Nationality.At(reader.Text, reader.Tokens, s) is { } n && s + n.Tokens == noun)
            {
                return n.Nationality.Adjective;
            }
        }
        return null;
    }

    /// <summary>
    /// Toll between figures: how far back a toll may stand before a bare count. "the death toll climbed from 558 to
    /// 569" reads the toll across the first figure of a from-to pair (split by <see cref="TollChange"/>).
    /// Golden case: toll_climbed_from_to.
    /// </summary>
    private static int TollSearchBound(PeopleCountReader reader, CountPhrase phrase)
    {
        var bound = phrase.PreviousBound;
        if (bound < 0)
        {
            return bound;
        }
        var q = phrase.QualifierFirst;
        if (q - 2 != bound || !reader.Is(q - 1, "to"))
        {
            return bound;
        }
        // "from 558 to 569": the second figure reads the toll before "from".
        for (var b = bound - 1; b >= 0 && b >= bound - 4; b--)
        {
            if (reader.Is(b, "from"))
            {
                return -1;
            }
        }
        return bound;
    }

    // "killing 25", "the death toll rose to 1,200" (casualties); "put the figure at 12,000" (a count of whatever came before).
    private static Toll PrecedingToll(PeopleCountReader reader, CountPhrase phrase, int prevBound)
    {
        // put the number of dead at "over 130": the figure may stand in quotes.
        var p = OpeningQuote(reader, phrase.TokenBefore) ? phrase.TokenBefore - 1 : phrase.TokenBefore;
        // "puts the number higher, close to 12,000": a comparative and a comma stand where "at" would.
        var compared = p > prevBound + 1 && FigureNoun.ComparedBefore(reader, p);
        p = compared ? p - 1 : p;
        // "raising the number of injured from the 12 he reported": the earlier figure may take "the".
        p = reader.Is(p, "the") && TollFrom.AfterChange(reader, p - 1) ? p - 1 : p;
        if (p <= prevBound || p < 0 || !reader.Tokens[p].IsWord)
        {
            return Toll.None;
        }
        if (KillVerbs.Contains(reader.Word(p)) || HeadlineHedgedToll.Names(reader, phrase, p))
        {
            return Toll.Casualties;
        }
        if (EstimatesRun.Before(reader, phrase))
        {
            return Toll.Figure;
        }
        // "put the death toll as high as 150,000": the toll word may stand right before the qualifier.
        var tollFirst = TollWords.Contains(reader.Word(p));
        // "climbed from 558 to 569": the first figure of a from-to pair is an earlier toll, and so is "had risen from 3,915".
        // "the death toll ... has reached 612": a toll reaching a figure is that figure (golden case: toll_has_reached).
        // "the toll has passed 31,200": the pass verb is the count's hedge.
        // "the number of people killed … is now 27": a toll restated by a copula (golden case toll_is_now).
        if (!(tollFirst || compared || reader.Is(p, "to") || reader.Is(p, "at") || reader.Is(p, "of") || (reader.Is(p, "from") && (reader.Is(phrase.TokenAfter, "to") || TollFrom.AfterChange(reader, p))) || IsPassVerb(reader, phrase.QualifierFirst) || RisesPast(reader, phrase) || ReachVerbs.Contains(reader.Word(p)) || TollRestated.ByCopula(reader, p) || HedgedLevel.Copula(reader, p)))
        {
            return Toll.None;
        }
        if (BroughtTo(reader, p, prevBound) is { } total)
        {
            return IsCasualtyNear(reader, total, total, Math.Min(p, TollPhraseEnd(reader, total, p))) ? Toll.Casualties : Toll.Figure;
        }
        // "The death toll from Sunday's Israeli strike in Gaza City rose to 33": the toll may stand a dozen words back;
        // the subject of a pass verb further ("The death toll from a three-day assault on Zamzam, Sudan's largest camp,
        // has probably passed 500"), past a number that made no claim ("three-day").
        var passes = IsPassVerb(reader, phrase.QualifierFirst);
        // "an initial toll of four dead and 23 wounded …, before raising it to 11": "it" is the toll named before the
        // figures it first gave (golden case toll_raised_it_to).
        // A toll that rises to the figure reaches as far back past such numbers ("The death toll from a drone strike that
        // hit a block in Dnipro on January 15 has risen to 21": golden case toll_rose_past_a_date).
        // A toll that stands at the figure reads as far ("The overall toll, which the ministry said includes dozens of
        // women and children, now stands at 3,961": golden case toll_stands_past_an_aside).
        var reaches = passes || Rises(reader, p) || Stands(reader, p) || RisesPast(reader, phrase) || ReachVerbs.Contains(reader.Word(p));
        var stop = (reaches && phrase.Previous is null) || TollRestated.ByPronoun(reader, p) ? -1 : prevBound;
        for (var b = tollFirst ? p : p - 1; b > stop && b >= p - (reaches || TollFrom.Pair(reader, p) ? 32 : 16); b--)
        {
            if (!reader.IsIn(b, TollWords))
            {
                continue;
            }
            // A bare "toll" in conflict reporting is a death toll ("another put the toll at more than 100"); "injuries
            // rose to 14,078" is a toll of the wounded (its fate: LossesToll).
            if (ClaimLexicon.KilledOrWounded.Contains(reader.Word(b)) || ClaimLexicon.Killed.Contains(reader.Word(b)) || ClaimLexicon.Wounded.Contains(reader.Word(b)) || reader.Is(b, "toll"))
            {
                return Toll.Casualties;
            }
            return IsCasualtyNear(reader, b, Math.Max(prevBound + 1, b - 2), p) ? Toll.Casualties : Toll.Figure;
        }
        return Toll.None;
    }

    /// <summary>
    /// "taking the total forced from the city since it fell … to 91,310", "bringing the number of deaths from hunger
    /// to 461": a verb of bringing (counts.json totalVerbs) with "the total" or a toll word after it, up to 32 words
    /// before "to" and the figure; returns the total's token. Golden case: taking_the_total_to.
    /// </summary>
    private static int? BroughtTo(PeopleCountReader reader, int p, int prevBound)
    {
        if (!reader.Is(p, "to"))
        {
            return null;
        }
        for (var b = p - 2; b > prevBound + 1 && b >= 2 && b >= p - 32; b--)
        {
            if (reader.Tokens[b].IsWord && (reader.Is(b, "total") || TollWords.Contains(reader.Word(b))) && reader.Is(b - 1, "the")
                && reader.IsIn(b - 2, TotalVerbs))
            {
                return b;
            }
        }
        return null;
    }

    /// <summary>
    /// "brings the total number of malnutrition-related deaths during the war to 293", "brought the total number of
    /// Covid related deaths to 1,376": the casualty noun that makes a brought total a death toll may stand past a cause
    /// before it, so the toll's own words run up to the first word that opens what follows the noun (counts.json
    /// tollPhraseEnds: "during", "since", "in" …), at least four tokens and at most eight after "total". Unseen51
    /// infotel-netzarim; golden case total_number_of_cause_deaths_brought_to.
    /// </summary>
    private static int TollPhraseEnd(PeopleCountReader reader, int total, int p)
    {
        var end = total + 4;
        while (end < p && end < total + 8 && !reader.IsIn(end, TollPhraseEnds))
        {
            end++;
        }
        return end;
    }

    private static bool OpeningQuote(PeopleCountReader reader, int i) =>
        i > 0 && !reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] is '"' or '\u201C';

    /// <summary>
    /// "The number of people killed in a week of protests that toppled the government has risen to 49": a toll that
    /// rises to a figure may stand as far back as one that passes it. Golden case: toll_rose_after_a_long_subject.
    /// </summary>
    private static bool Rises(PeopleCountReader reader, int p) =>
        reader.Is(p, "to") && reader.IsIn(p - 1, RiseVerbs);

    // "The overall toll in the war has climbed past 50,700" (Unseen59 ap-khan-younis), "has risen above 400": a verb of
    // rising right before the count's hedge stands where "rose to" would (golden case toll_climbed_past_a_figure).
    private static bool RisesPast(PeopleCountReader reader, CountPhrase phrase) =>
        phrase.QualifierFirst < phrase.First && reader.IsIn(phrase.TokenBefore, RiseVerbs);

    private static bool Stands(PeopleCountReader reader, int p) =>
        reader.Is(p, "at") && reader.IsIn(p - 1, StandVerbs);

    private static bool IsPassVerb(PeopleCountReader reader, int i) =>
        i >= 0 && i < reader.Tokens.Count && reader.Tokens[i].IsWord && (Hedge.PassVerbs.Contains(reader.Word(i)) || Hedge.ApproachVerbs.Contains(reader.Word(i)));

    // A casualty word beside the toll word ("the number killed", "the casualty figure"), or people trapped under the
    // rubble ("the number of people believed to be trapped under the debris … exceeded 10,000", Unseen23 WAFA).
    private static bool IsCasualtyNear(PeopleCountReader reader, int toll, int from, int to)
    {
        for (var c = from; c < to; c++)
        {
            // "put the number of injured at 1,512": a wounded word names a casualty figure too.
            if (c != toll && reader.Tokens[c].IsWord && (ClaimLexicon.Killed.Contains(reader.Word(c)) || ClaimLexicon.KilledOrWounded.Contains(reader.Word(c)) || ClaimLexicon.Wounded.Contains(reader.Word(c)) || ClaimLexicon.MetricNouns.Contains(reader.Word(c)) || UnderTheRubble.At(reader, c, reader.Word(c))))
            {
                return true;
            }
        }
        return false;
    }
}
