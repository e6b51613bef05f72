namespace ClaimTracker.Core.Claims;

/// <summary>
/// Metric: the verb group or metric noun around the count; an active verb before it ("killed 25 people"); a swap's
/// released are not deployed, a toll with no other cue counts the dead, a coordinated count shares the verb of the
/// one before ("30 militants and two soldiers were killed"), an unread metric is a deployment for soldiers.
/// Golden cases: swap_freed_people_is_other, toll_as_high_as, coordinated_people_share_verb, prisoners_exchanged,
/// sent_to_fight_is_deployed, partitive_part_and_whole, aside_between_dashes_or_commas, joined_count_shares_the_earlier_verb,
/// called_up_is_deployed, released_prisoners_are_returnees, coordinated_objects_take_their_verb, aside_takes_the_outer_fate, died_of_their_wounds,
/// active_killed_or_wounded_pair, killed_or_wounded_pair_before_a_total, killed_or_wounded_after_an_aside, casualties_toll_is_killed_or_wounded,
/// dead_and_injured_each_with_a_count, inserted_clause_before_the_fate, share_aside_before_the_fate,
/// toll_from_the_fighting_counts_the_dead, rounded_up_as_they_fled_is_detained,
/// released_taken_to_hospital_is_other, freed_in_exchange_for_prisoners, sent_to_push_back_is_deployed,
/// quoted_killed_or_wounded_pair, second_count_with_its_own_intake_verb, gapped_breakdown_shares_the_fate (<see cref="GappedListMember"/>), a_series_of_counts_shares_its_fate (<see cref="SeriesMember"/>), people_listed_before_the_fate (<see cref="PeopleListBeforeTheFate"/>), tracing_requests_are_missing (<see cref="TracingRequests"/>),
/// killed_as_they_fled_is_killed (<see cref="CircumstanceClause"/>, <see cref="OthersWithoutAVerb"/>).
/// </summary>
internal sealed class ClauseMetric : CountPhraseRule
{
    public static readonly ClauseMetric Rule = new();

    private static readonly WordSet KillVerbs = WordLists.Set("killVerbs");
    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");
    private static readonly WordSet AsideLeads = WordLists.Set("countAsideLeads");
    private static readonly WordSet AsidePartitives = WordLists.Set("asidePartitives");
    private static readonly WordSet AsidePronouns = WordLists.Set("asidePronouns");
    private static readonly WordSet DeathTolls = WordLists.Set("deathTollWords");
    private static readonly WordSet ShareNumbers = WordLists.Set("asideShareNumbers");
    private static readonly WordSet ShareWords = WordLists.Set("asideShareWords");

    // Words from an aside's first word to its "of": "most of", "one of", "at least four of", "more than 20 of".
    private const int PartReach = 3;

    private ClauseMetric()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var previous = phrase.Previous;
        // "those freed were 199 enlisted soldiers and sergeants and six officers": a count joined by "and" to the count
        // before reads no word back into that count's noun phrase; with no verb of its own it shares that count's.
        var joined = previous is { MetricGuessed: false } && phrase.PreviousBound >= 0 && phrase.TokenBefore > phrase.PreviousBound && reader.Is(phrase.TokenBefore, "and");
        var continued = CoordinatedObject.Continues(reader, phrase, previous);
        var (metric, activeVerb) = HonouredCount.Recast(reader, phrase, continued ? (previous!.Metric, false)
            : phrase.NamedMetric is { } named ? (named, false) : Find(reader, phrase.Noun, phrase.AfterCount, phrase.Right, joined || OuterFate(phrase, previous) ? phrase.QualifierFirst : OwnIntakeVerb.Start(reader, phrase) ?? phrase.Left, phrase.QualifierFirst));
        phrase.ActiveVerb = activeVerb;
        // "101 fallen soldiers", "two wounded North Korean soldiers": a fate word inside the noun phrase outweighs a weak
        // word elsewhere in the clause ("troops who had fought …, the portraits of 101 fallen soldiers").
        if (phrase.DescribingMetric is { } describing && Outweighs(describing, metric))
        {
            metric = describing;
        }
        if (metric is { } status && HeldPeoplesFate.After(reader, Math.Max(phrase.Noun, phrase.AfterCount - 1), phrase.Right, status, activeVerb) is { } fate)
        {
            metric = fate;
        }
        if ((metric is Metric.Captured or Metric.Detained && (ReleasedCount.Before(reader, phrase.QualifierFirst, phrase.Left) || ExchangedFor.Reads(reader, phrase.QualifierFirst))) || CareOfTheReleased.Reads(reader, phrase, metric))
        {
            metric = Metric.Other;
        }
        if (phrase.Elided && metric is null or Metric.Engaged or Metric.Deployed && draft.Metric is not null)
        {
            // "312 soldiers had died, including 140 in street fighting": the elided count shares the earlier one's fate.
            metric = draft.Metric;
        }
        if ((metric is null or Metric.Deployed) && ReleaseInClause.Reads(reader, phrase.Left, phrase.Right))
        {
            // "freed 390 people", "270 soldiers and 120 civilians returning": a swap counts the released, not a deployment.
            // "95 prisoners of war exchanged" still counts prisoners.
            metric = Metric.Other;
        }
        if ((metric is null || (metric is Metric.Deployed or Metric.Engaged && !draft.Military) || TollSubject.HeadsDeathToll(reader, phrase)) && (phrase.TollOfCasualties || NamedToll(reader, phrase)))
        {
            // "put the toll at more than 60": a toll with no other cue counts the dead (casualties: losses), whatever the people before;
            // "the death toll has reached 612": "reached" moves no one there (golden case toll_has_reached); a death toll as the verb's subject beats a later clause's fate (TollSubject).
            metric = LossesToll.Of(reader, phrase);
        }
        if (metric is not null)
        {
            draft.Metric = metric;
        }
        else if (phrase.InAside || joined || CoordinatedCount.SharesVerb(reader, previous, phrase.PreviousBound, phrase.QualifierFirst) || GappedListMember.Continues(reader, phrase, previous) || SeriesMember.Continues(reader, phrase, previous) || OthersWithoutAVerb.Shares(reader, phrase, previous))
        {
            draft.Metric = previous!.Metric;
        }
        if (draft.Metric is null)
        {
            draft.Metric = draft.Military ? Metric.Deployed : Metric.Other;
            draft.MetricGuessed = true;
        }
        else if (previous is { MetricGuessed: true } guessed && (CoordinatedCount.SharesVerb(reader, guessed, phrase.PreviousBound, phrase.QualifierFirst) || (!activeVerb && IncludedPartsVerb.SharedWith(reader, guessed, phrase.PreviousBound, phrase.QualifierFirst))))
        {
            // "30 militants and two soldiers were killed", "Seven people including two children were killed": the verb after the second count is the first one's too.
            guessed.Metric = draft.Metric;
            guessed.MetricGuessed = false;
        }
        draft.ObjectOfVerb = CoordinatedObject.IsObject(reader, phrase, draft.Metric, continued);
        return true;
    }

    // "The death toll from the fighting stands at 2,412", "the toll from a year of war has reached 3,960 people": a toll
    // (counts.json deathTollWords) before the count in its clause counts the dead; the war or fighting it comes from is
    // no deployment of the people counted (golden case toll_from_the_fighting_counts_the_dead).
    private static bool NamedToll(PeopleCountReader reader, CountPhrase phrase) =>
        LossesToll.WordBefore(reader, phrase) is { } b && DeathTolls.Contains(reader.Word(b)) && (b >= phrase.Left || TollSubject.Heads(reader, phrase));

    // "killed 23 people sheltering there, including four children": an aside reads no word back past its outer count
    // ("sheltering" is the 23's); with no verb of its own after it, it shares the outer count's fate (golden case
    // aside_takes_the_outer_fate).
    private static bool OuterFate(CountPhrase phrase, ClaimDraft? previous) =>
        phrase.InAside && previous is { MetricGuessed: false, Metric: not null };

    // The metric, and whether it came from an active verb before the number ("killed 25 people"), in which case
    // a nationality before the verb names the killers, not the killed.
    private static (Metric? Metric, bool ActiveVerb) Find(PeopleCountReader reader, int noun, int afterCount, int right, int left, int qualifierFirst)
    {
        var before = QuotedVerb.Before(reader, qualifierFirst);
        if (CarryingOff.EndsAt(reader, before, left))
        {
            return (Metric.Captured, true);
        }
        if (DestroyedPeople.At(reader, before, left))
        {
            return (Metric.Killed, true);
        }
        if (TracingRequests.Before(reader, qualifierFirst, left))
        {
            // "has received requests from families concerning more than 8,700 people": the people sought are missing.
            return (Metric.Missing, false);
        }
        var verb = VerbWithParticle.Head(reader, before, left);
        if (verb >= left && reader.IsIn(verb, KillVerbs)
            && !ClaimLexicon.KilledOrWounded.Contains(reader.Word(verb)) && MetricWord.At(reader, verb, verb + 1) is { } verbMetric)
        {
            return (VerbPairBefore.Widen(reader, verb, left, verbMetric), true);
        }
        return (NounOfCount.Before(reader, qualifierFirst, left) ?? Windows(reader, noun, afterCount, right, left, qualifierFirst), false);
    }

    private static Metric? Windows(PeopleCountReader reader, int noun, int afterCount, int right, int left, int qualifierFirst)
    {
        if (noun >= 0)
        {
            var fromNoun = MetricWord.At(reader, noun, right);
            if (fromNoun is not null && !ClaimLexicon.Deployed.Contains(reader.Word(noun)))
            {
                if (fromNoun is Metric.Killed or Metric.Wounded && afterCount < right && KilledAndWounded(reader, afterCount, right) is { } combined)
                {
                    return combined;
                }
                // "about 200 of the wounded later succumbed": the wounded counted by a death verb are dead.
                return fromNoun == Metric.Wounded && DiedOfWounds.Follows(reader, afterCount, right) ? Metric.Killed : fromNoun;
            }
        }
        if (KilledAndWounded(reader, afterCount, right) is { } both)
        {
            return both;
        }
        if (VerbGroup(reader, afterCount, right) is { } verb)
        {
            return verb;
        }
        return AfterOrBefore(reader, afterCount, right, left, qualifierFirst);
    }

    // Any metric word after the count (past an aside), a strong one first; else one before it.
    private static Metric? AfterOrBefore(PeopleCountReader reader, int afterCount, int right, int left, int qualifierFirst)
    {
        var (resume, asideEnd) = SkipAside(reader, right);
        // "1,700 others along exit routes as they fled": a clause of circumstance holds no fate of the count's.
        var rightEnd = CircumstanceClause.Bound(reader, afterCount, asideEnd);
        // "300 servicemen, including foreign instructors, had been killed or wounded": the pair after the aside says
        // both, as it would with no aside (golden case killed_or_wounded_after_an_aside).
        if (resume > right && KilledAndWounded(reader, resume, rightEnd) is { } pair)
        {
            return pair;
        }
        Metric? weak = null;
        var weakAt = -1;
        for (var i = afterCount; i < rightEnd; i++)
        {
            if (i == right)
            {
                i = resume;
            }
            if (MetricWord.At(reader, i, rightEnd) is { } m)
            {
                if (m is not (Metric.Engaged or Metric.Deployed))
                {
                    return ListedLosses(reader, i, m);
                }
                if (!NamesAUnit(reader, i, rightEnd))
                {
                    if (weak is null)
                    {
                        (weak, weakAt) = (m, i);
                    }
                }
            }
        }
        if (weak is not null)
        {
            // "sent 12,000 troops to fight alongside", "recruited 90,000 volunteers to help fight": the verb before the count says what happened.
            // "are in Russia to fight": present somewhere in order to fight is a deployment (PresenceToFight).
            return weak == Metric.Engaged && (qualifierFirst - 1 >= left && MetricWord.At(reader, qualifierFirst - 1, qualifierFirst) == Metric.Deployed
                    || PresenceToFight.Before(reader, afterCount, weakAt))
                ? Metric.Deployed
                : weak;
        }
        return WordBefore(reader, left, qualifierFirst);
    }

    // The metric word nearest before the count, past an inclusion aside (InclusionAside).
    private static Metric? WordBefore(PeopleCountReader reader, int left, int qualifierFirst)
    {
        Metric? included = null;
        for (var i = qualifierFirst - 1; i >= left; i--)
        {
            // "According to the Headquarters for the Treatment of Prisoners of War, the group included 95 soldiers": a
            // word inside the attributor names the speaker, not what happened to the people.
            if (!reader.IsInsideAttributor(reader.Tokens[i].Start) && MetricWord.At(reader, i, qualifierFirst) is { } m)
            {
                // "its total casualties, counting the wounded, reach 500,000": the aside names a part the total takes
                // in; the noun before it names the total's fate (InclusionAside).
                if (included is null && InclusionAside.Opening(reader, i, left, qualifierFirst) is var open and >= 0)
                {
                    included = m;
                    i = open;
                    continue;
                }
                // "had killed or wounded a total of 31 people", "the number of soldiers killed and wounded … had
                // exceeded 3,100": the nearer word of a pair names only half of the losses (golden case
                // killed_or_wounded_pair_before_a_total).
                return VerbPairBefore.Widen(reader, i, left, m);
            }
        }
        return included;
    }

    // "2,000 more had been sent to replace the losses": the verb group right after the count says what happened to
    // them, whatever nouns come later in the clause.
    private static Metric? VerbGroup(PeopleCountReader reader, int afterCount, int right)
    {
        var j = afterCount;
        while (j < right && reader.IsIn(j, Auxiliaries))
        {
            j++;
        }
        if (j > afterCount && QuotedVerb.After(reader, j) is var quoted && quoted > j)
        {
            // 11 terrorists had been "sent to hell": the verb the reporter quotes, past the clause's closing mark. A
            // quoted pair ('As many as 40 were "killed or wounded"') names both fates, as it would unquoted (golden
            // case quoted_killed_or_wounded_pair).
            return QuotedPair(reader, quoted) ?? MetricWord.At(reader, quoted, quoted + 4);
        }
        return j > afterCount && j < right && MetricWord.At(reader, j, right) is { } m && !(m is Metric.Engaged or Metric.Deployed && NamesAUnit(reader, j, right))
            ? ListedLosses(reader, j, m)
            : null;
    }

    // The pair of fates a quote opens with, read up to the closing quote (at most four words in).
    private static Metric? QuotedPair(PeopleCountReader reader, int quoted)
    {
        var end = quoted;
        while (end < reader.Tokens.Count && end < quoted + 4 && reader.Tokens[end].IsWord)
        {
            end++;
        }
        return KilledAndWounded(reader, quoted, end);
    }

    // "around 3,000 were combat engineers": a weak metric word right before a people noun names their unit, not their fate.
    private static bool NamesAUnit(PeopleCountReader reader, int i, int right) =>
        i + 1 < right && reader.Tokens[i + 1].IsWord && PeopleWords.IsPeopleNoun(reader.Word(i + 1));

    // "30 Palestinians, including 12 children, were killed", "1.9 million people, about nine in ten of the
    // population, have been displaced", "37 people – including 26 children – have died": read on past the aside
    // (<see cref="CountAside"/>: two commas led by a word of counts.json countAsideLeads, two dashes or brackets; one
    // made of people nouns only: <see cref="PeopleAside"/>), to the verb. An apposition or a relative clause inserted
    // between the count and its fate is such an aside: "Two more soldiers, both from the …, were killed", "11 of its
    // staff, who ran …, were killed" (leads "both", "all", "who"; golden case inserted_clause_before_the_fate).
    internal static (int Resume, int End) SkipAside(PeopleCountReader reader, int right)
    {
        var tokens = reader.Tokens;
        // "some 2 million women, men and children had sought refuge abroad": a list of the count's people, then its verb.
        if (PeopleListBeforeTheFate.Resume(reader, right) is var listed and >= 0)
        {
            return (listed, ClauseBounds.Right(reader, listed, tokens.Count));
        }
        if (right + 1 >= tokens.Count || !CountAside.Opens(reader, right) || !tokens[right + 1].IsWord || !Led(reader, right))
        {
            return (right, right);
        }
        var close = CountAside.Close(reader, right);
        // A people noun leading a comma aside must be all the aside says ("400 people, soldiers said, were killed"
        // keeps its speaker); a dash or bracket marks an aside whatever it holds.
        if (close < 0 || close + 1 >= tokens.Count || (!CountAside.OpensEnclosed(reader, right) && !PeopleAside.Spans(reader, right + 1, close) && !AsideClosedByAmongThem.Spans(reader, right, close) && !ComparedFigure.Opens(reader, right + 1) && !SpeakerAside.Spans(reader, right, close)))
        {
            return (right, right);
        }
        return AcronymThenAside.Resume(reader, right, close) is { } next ? next : (close + 1, ClauseBounds.Right(reader, close + 1, tokens.Count));
    }

    // A comma aside needs a lead that marks it as one; a dash or bracket says so itself ("six health workers - four
    // doctors, a nurse and a pharmacist - were abducted": golden case dash_aside_with_a_list).
    private static bool Led(PeopleCountReader reader, int open) =>
        CountAside.OpensEnclosed(reader, open) || AsideLeads.Contains(reader.Word(open + 1)) || PartOfThem(reader, open + 1)
        || Share(reader, open + 1) || PeopleWords.IsPeopleNoun(reader.Word(open + 1)) || PeopleAside.OpensWithIndividuals(reader, open + 1)
        || ComparedFigure.Opens(reader, open + 1) || SpeakerAside.Opens(reader, open);

    // "About 1.9 million people, nine in ten of Gaza's population, have been displaced", "…, 90 percent of the
    // population, …": an aside that opens with a share of the whole (a number, then "in", "of", "percent" within two
    // words; counts.json asideShareNumbers, asideShareWords) only measures the count (golden case share_aside_before_the_fate).
    private static bool Share(PeopleCountReader reader, int first)
    {
        if (!reader.IsNumberToken(first) && !ShareNumbers.Contains(reader.Word(first)))
        {
            return false;
        }
        for (var j = first + 1; j < reader.Tokens.Count && j <= first + 2; j++)
        {
            if (reader.IsIn(j, ShareWords))
            {
                return true;
            }
        }
        return false;
    }

    // "120 people, most of them civilians, have been killed", "Two more people, one of them a child, died": an aside
    // opening with a part "of them" (or "of whom") within its first three words (counts.json asidePartitives,
    // asidePronouns); a hedged part takes a fourth ("Six people, at least four of them paramedics, were killed",
    // Unseen59 anews-arab-salim). Golden cases: apposition_before_the_verb, hedged_part_of_them_before_the_fate.
    private static bool PartOfThem(PeopleCountReader reader, int first)
    {
        for (var j = first + 1; j < reader.Tokens.Count && j <= first + PartReach; j++)
        {
            if (reader.IsIn(j, AsidePartitives))
            {
                return reader.IsIn(j + 1, AsidePronouns);
            }
        }
        return false;
    }

    // "had been killed, wounded or captured": a list after the comma the clause stops at names losses, not deaths.
    private static Metric ListedLosses(PeopleCountReader reader, int i, Metric m)
    {
        var other = m == Metric.Killed ? ClaimLexicon.Wounded : m == Metric.Wounded ? ClaimLexicon.Killed : null;
        var tokens = reader.Tokens;
        return other is not null && i + 2 < tokens.Count && !tokens[i + 1].IsWord && reader.Text[tokens[i + 1].Start] == ','
            && tokens[i + 2].IsWord && other.Contains(reader.Word(i + 2))
            ? Metric.KilledOrWounded
            : m;
    }

    // "killed or wounded", "dead and injured": a killed word and a wounded word within three words are losses.
    private static Metric? KilledAndWounded(PeopleCountReader reader, int from, int to)
    {
        var killed = -1;
        var wounded = -1;
        for (var i = from; i < to; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                continue;
            }
            var w = reader.Word(i);
            if (killed < 0 && ClaimLexicon.Killed.Contains(w))
            {
                killed = i;
            }
            else if (wounded < 0 && ClaimLexicon.Wounded.Contains(w) && !DiedOfWounds.IsCause(reader, i))
            {
                wounded = i;
            }
        }
        // "19 people dead and injured nine" (golden case dead_and_injured_each_with_a_count) and "claimed 165 lives and
        // wounded 650" (golden case lives_claimed_are_killed): each word has its own count.
        return killed >= 0 && wounded >= 0 && Math.Abs(killed - wounded) <= 3
            && !PairOfTwoCounts.CountAfter(reader, Math.Max(killed, wounded))
            && !NumberBetween(reader, Math.Min(killed, wounded), Math.Max(killed, wounded))
            ? Metric.KilledOrWounded
            : null;
    }

    // "claimed 165 lives and wounded 650": a count between the two words gives each its own fate.
    private static bool NumberBetween(PeopleCountReader reader, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (reader.IsNumberToken(i))
            {
                return true;
            }
        }
        return false;
    }

    // A fate word inside the noun phrase outweighs no metric or a weak one; and in "the 28 dead captives" the dead among
    // the held are killed, not captured (DescribedHeld).
    private static bool Outweighs(Metric describing, Metric? metric) =>
        metric is null or Metric.Engaged or Metric.Deployed || (describing == Metric.Killed && metric == Metric.Captured);
}
