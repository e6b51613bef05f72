using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// The metric one word names: killed, wounded, losses, captured ("taken prisoner"), missing, displaced ("forced from
/// their homes", "left their homes", "crossed into"), detained, evacuated, engaged, deployed, returned to duty.
/// Golden cases: displaced_crossed_fled_left_sheltering, metric_word_in_a_body_name, brought_home_from_captivity,
/// called_up_is_deployed, documented_killings, hospital_rescue_and_feared_dead, lost_of_our_men, martyrdom_and_burials,
/// treated_in_hospital_is_wounded, sent_to_hell_is_killed, pulled_from_the_water_is_rescued,
/// under_the_rubble_is_missing, fighting_named_as_an_event, laid_down_their_arms, lost_relatives_are_dead,
/// driven_from_a_named_place, found_in_a_mass_grave, unable_to_return_is_displaced, fighting_in_a_place_is_deployed,
/// sought_medical_help_after_an_attack, granted_medical_evacuations, due_to_depart_for_the_front,
/// workers_leaving_for_a_country_are_deployed, left_under_an_evacuation,
/// could_not_go_home_is_displaced, not_heard_from_is_missing, brought_to_safety_is_evacuated,
/// living_away_from_home_is_displaced, returnees_home_are_other, tortured_or_starved_to_death_is_killed,
/// held_in_detention_sites_is_detained, deserters_are_other, lost_a_limb_is_wounded, lost_colleagues_are_dead,
/// helped_to_leave_is_evacuated, pulled_out_with_injuries_is_wounded, trapped_in_a_collapse_is_missing,
/// others_being_treated_are_wounded (<see cref="BareTreatment"/>), a_wound_named_by_its_kind (<see cref="WoundOfAKind"/>),
/// in_a_sides_hands_is_captured (<see cref="InCaptorsHands"/>), lost_the_life_is_killed, abandon_their_homes_is_displaced,
/// crossed_to_a_country_is_displaced, taken_to_an_unknown_place_is_detained, fell_in_the_raids_is_killed,
/// lost_contact_is_missing (<see cref="LostContact"/>).
/// </summary>
internal static class MetricWord
{
    private static readonly WordSet LeftHomeLeads = WordLists.Set("leftHomeLeads");

    private static readonly WordSet CrossedBorderOwners = WordLists.Set("crossedBorderOwners");
    private static readonly WordSet Rescued = WordLists.Set("rescued");
    private static readonly WordSet FearedDead = WordLists.Set("fearedDead");
    private static readonly WordSet LostCountLeads = WordLists.Set("lostCountLeads");
    private static readonly WordSet OwnRanksPronouns = WordLists.Set("ownRanksPronouns");
    private static readonly WordSet StillHeldLeads = WordLists.Set("stillHeld");
    private static readonly WordSet HeldVerbs = WordLists.Set("heldVerbs");
    private static readonly WordSet HospitalVerbs = WordLists.Set("hospitalVerbs");
    private static readonly WordSet Hospitals = WordLists.Set("hospitals");
    private static readonly WordSet HospitalLeads = WordLists.Set("hospitalLeads");
    private static readonly WordSet LayDownVerbs = WordLists.Set("layDownVerbs");
    private static readonly WordSet ArmsWords = WordLists.Set("armsWords");
    private static readonly WordSet GiveUpVerbs = WordLists.Set("giveUpVerbs");
    private static readonly WordSet PartVerbs = WordLists.Set("partVerbs");
    private static readonly WordSet DetentionCues = WordLists.Set("detentionCues");
    private static readonly WordSet QuestioningSendVerbs = WordLists.Set("questioningSendVerbs");
    private static readonly WordSet SurrenderWords = WordLists.Set("surrenderWords");
    private static readonly WordSet SurrenderThenAuxiliaries = WordLists.Set("surrenderThenAuxiliaries");
    private static readonly WordSet ForcedMoves = WordLists.Set("forcedMoves");
    private static readonly WordSet ExileWords = WordLists.Set("exileWords");
    private static readonly WordSet LeftCountries = WordLists.Set("leftCountries");
    // "taken prisoner", "taken captive", "eight were taken alive": a capture (metrics.json takenAs).
    private static readonly WordSet TakenAs = WordLists.Set("takenAs");
    private static readonly WordSet TakenAwayVerbs = WordLists.Set("takenAwayVerbs");
    private static readonly WordSet UnknownPlaceNouns = WordLists.Set("unknownPlaceNouns");
    private static readonly WordSet LimitReaders = new([.. WordLists.Set("limitReadingLists").Words.SelectMany(list => WordLists.Set(list).Words)]);

    /// <summary>
    /// The metric the word at token <paramref name="i"/> names, reading no further than <paramref name="limit"/>; none
    /// for a word inside a body's name ("the UN agency for Palestine refugees"), and the released for "from captivity".
    /// </summary>
    public static Metric? At(PeopleCountReader reader, int i, int limit) =>
        reader.Metrics.TryGet(i, limit, out var known) ? known
        : !MetricTriggers.May(reader, i) ? reader.Metrics.KeepNone(i)
        : ReadsToTheLimit(reader, i) ? reader.Metrics.Keep(i, limit, Read(reader, i, limit))
        : reader.Metrics.KeepAtAnyLimit(i, Read(reader, i, limit));

    /// <summary>
    /// Whether the answer for token <paramref name="i"/> may depend on the limit: only a word of the lists whose branches
    /// read on after it up to the limit (metrics.json limitReadingLists: "returned to the front", "taken to an unknown
    /// place", "held for questioning", "surrendered or were detained", "taken prisoner", "returnees from Sudan"). Every
    /// other word's answer is the same at any limit, and the memo keeps it for all: the rules ask one word with the
    /// word's own end, the clause's bound and the sentence's end in turn, and a memo of one limit worked it out again
    /// at each (branch `speed56`).
    /// </summary>
    internal static bool ReadsToTheLimit(PeopleCountReader reader, int i) =>
        (uint)i >= (uint)reader.Tokens.Count || reader.IsIn(i, LimitReaders);

    /// <summary>The answer worked out with no gate, for tests that check <see cref="MetricTriggers"/> against it.</summary>
    internal static Metric? Ungated(PeopleCountReader reader, int i, int limit) => Read(reader, i, limit);

    // The answer worked out, for MetricMemo to keep: it reads the sentence's tokens and nothing a rule changes.
    private static Metric? Read(PeopleCountReader reader, int i, int limit) =>
        Named(reader, i, limit) is { } metric && !BodyName.Covers(reader, i) && !EvacuationThing.At(reader, i)
            && !(metric == Metric.KilledOrWounded && ConcededLoss.At(reader, i))
            ? (metric is Metric.Captured or Metric.Detained && FromCaptivity(reader, i)) || AwaitedFate.Before(reader, i) || AtRiskOf.Before(reader, i) ? Metric.Other : metric
            : null;

    // "brought home from captivity", "returned from Russian captivity": a release, not a capture.
    private static bool FromCaptivity(PeopleCountReader reader, int i) =>
        reader.Is(i - 1, "from") || (reader.Is(i - 2, "from") && Nationality.At(reader.Text, reader.Tokens, i - 1) is not null);

    private static Metric? Named(PeopleCountReader reader, int i, int limit)
    {
        if (!reader.Tokens[i].IsWord)
        {
            return null;
        }
        var w = reader.Word(i);
        if (ClaimLexicon.Returned.Contains(w))
        {
            return ReturnedToDuty(reader, i, limit) ?? (BarredReturn.Reads(reader, i) ? Metric.Displaced : null);
        }
        if (ClaimLexicon.Killed.Contains(w) || InAMassGrave.Reads(reader, i, w) || FellInBattle.Reads(reader, i, w) || DeathByMeans.Reads(reader, i, w)
            || LostColleagues.LossOf(reader, i, w))
        {
            // "feared dead" (no body seen) and "buried beneath the debris" (not yet found) are missing.
            return UnderTheRubble.At(reader, i, w) || StillBuried.Reads(reader, i, w) || reader.IsIn(i - 1, FearedDead)
                ? Metric.Missing
                : NaturalCauses.Reads(reader, i) ? Metric.Other : Metric.Killed;
        }
        if (ClaimLexicon.Wounded.Contains(w) || TakenToHospital(reader, i, w) || HospitalCare.Names(reader, i, w) || BareTreatment.Reads(reader, i, w) || SoughtCare.Reads(reader, i, w) || LostALimb.Reads(reader, i, w)
            || WoundOfAKind.Reads(reader, i, w))
        {
            return Metric.Wounded;
        }
        if ((ClaimLexicon.KilledOrWounded.Contains(w) && !LostContact.Reads(reader, i, w)) || SufferedHarm.Reads(reader, i, w))
        {
            // "lost their lives" is a death, not a loss; "lost their homes" drives people out.
            return LostTheirHomes.Reads(reader, i, w) ? Metric.Displaced : (i + 1 < reader.Tokens.Count && (reader.Is(i + 1, "their") || reader.Is(i + 1, "lives") || reader.Is(i + 1, "his") || LostTheLife(reader, i)) && w.StartsWith("los", StringComparison.OrdinalIgnoreCase))
                || LostOfOurOwn(reader, i, w) || LostKin.Reads(reader, i, w) || LostColleagues.Reads(reader, i, w)
                ? Metric.Killed
                : Metric.KilledOrWounded;
        }
        if (TakenToAnUnknownPlace(reader, i, w, limit) || HeldForQuestioning(reader, i, w, limit) || HeldInPrison.Reads(reader, i, w) || SurrenderedThenHeld(reader, i, w, limit))
        {
            return Metric.Detained;
        }
        if (ClaimLexicon.Captured.Contains(w) || StillHeld(reader, i, w) || Surrendered(reader, i, w) || (reader.Is(i, "taken") && i + 1 < limit && reader.IsIn(i + 1, TakenAs))
            || InCaptorsHands.Reads(reader, i, w))
        {
            return Metric.Captured;
        }
        if (ClaimLexicon.Missing.Contains(w) || LostContact.Reads(reader, i, w) || UnderTheRubble.At(reader, i, w) || NotHeardFrom.Reads(reader, i, w) || TrappedInACollapse.Contact(reader, i, w))
        {
            return Metric.Missing;
        }
        if (Moved(reader, i, w, limit) is { } moved)
        {
            return moved;
        }
        if (SentToDeath.Reads(reader, i, w))
        {
            return Metric.Killed;
        }
        if (Rescue(reader, i, w) is { } rescue)
        {
            return rescue;
        }
        if (Confined.Names(w) || SentHome.Reads(reader, i, w))
        {
            return Confined.Names(w) ? Confined.Fate(reader, i) : Metric.Other;
        }
        return Phrasal(reader, i, w);
    }

    // People pulled alive out of rubble or water are rescued, evacuated; brought out "with injuries", wounded.
    private static Metric? Rescue(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        RescuedWithInjuries.Reads(reader, i, w) ? Metric.Wounded
        : PulledFrom.Reads(reader, i, w) ? Metric.Evacuated
        : null;

    // Leaving under an evacuation or being brought to safety is evacuated; fleeing, leaving home, crossing, being unable
    // to go home, living away from home and coming back from a war abroad are displaced; leaving one's own unit ("fled
    // their units") is desertion, which no metric but other names.
    private static Metric? Moved(PeopleCountReader reader, int i, ReadOnlySpan<char> w, int limit) =>
        Desertion.Reads(reader, i, w) ? Metric.Other
        : LeftUnderEvacuation.Reads(reader, i, w) || BroughtToSafety.Reads(reader, i, w) || HelpedToLeave.Reads(reader, i, w) ? Metric.Evacuated
        : ClaimLexicon.Displaced.Contains(w) || (ClaimLexicon.ForcedOut.Contains(w) && HomesFollow(reader, i)) || LeftOrCrossed(reader, i, w) || BareCrossing.Reads(reader, i, w) || ShelteredPeople.Reads(reader, i, w) || DrivenOut.Reads(reader, i, w) || PushedBetween.Reads(reader, i, w)
            || BarredReturn.ReadsHome(reader, i, w) || LivingAway.Reads(reader, i, w) || ReturneesFromAbroad.Reads(reader, i, w, limit) ? Metric.Displaced
        : null;

    // Multi-word verbs ("called up", "took part", "based on") and the weaker words of Other.
    private static Metric? Phrasal(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        // "5,000 men will be called up each month": a call-up is a deployment.
        if (reader.Is(i + 1, "up") && (w.Equals("called", StringComparison.OrdinalIgnoreCase) || w.Equals("call", StringComparison.OrdinalIgnoreCase)))
        {
            return Metric.Deployed;
        }
        // "2,000 troops are due to depart for the front": leaving for the front is a deployment.
        // "1,000 military construction workers are expected to leave for Russia": a workforce sent abroad is deployed.
        if ((StatedPlan.DepartsFor(reader, i) && IsFront(reader, reader.Is(i + 2, "the") ? i + 3 : i + 2)) || WorkforceDeparture.Reads(reader, i))
        {
            return Metric.Deployed;
        }
        // "600 troops had taken part in the assaults": taking part is fighting.
        if (PartVerbs.Contains(w) && reader.Is(i + 1, "part"))
        {
            return Metric.Engaged;
        }
        // "11,000 soldiers are fighting in the Kursk region": a force's size where it fights.
        if (FightingPresence.Reads(reader, i, w) || SignedUp.Reads(reader, i, w))
        {
            return Metric.Deployed;
        }
        // "a tally based on official figures" says where a figure comes from, not that anyone is based anywhere.
        if (w.Equals("based", StringComparison.OrdinalIgnoreCase) && reader.Is(i + 1, "on"))
        {
            return null;
        }
        var other = ForcedMove(reader, i, Other(w));
        return other == Metric.Engaged && FightingAsEvent.At(reader, i) ? null : other;
    }

    private static bool IsFront(PeopleCountReader reader, int k) =>
        k < reader.Tokens.Count && reader.IsIn(k, ClaimLexicon.ReturnPlaces);

    // "deported or forcibly transferred 19,500 children": a move made by force displaces people, it deploys nobody.
    // "joined Wednesday's commemoration" gathers a crowd (CommemorationCrowd); "transferred from morgues" moves the dead
    // (FromTheMorgue).
    private static Metric? ForcedMove(PeopleCountReader reader, int i, Metric? other) =>
        other != Metric.Deployed ? other
        : reader.IsIn(i - 1, ForcedMoves) ? Metric.Displaced
        : CommemorationCrowd.Follows(reader, i) ? Metric.Other
        : FromTheMorgue.Follows(reader, i) ? Metric.Killed
        : other;

    private static Metric? ReturnedToDuty(PeopleCountReader reader, int i, int limit)
    {
        for (var j = i + 1; j < Math.Min(limit, i + 5); j++)
        {
            if (reader.IsIn(j, ClaimLexicon.ReturnPlaces))
            {
                return Metric.ReturnedToDuty;
            }
        }
        return null;
    }

    private static Metric? Other(ReadOnlySpan<char> w) =>
        ClaimLexicon.Detained.Contains(w) ? Metric.Detained
        : ClaimLexicon.Evacuated.Contains(w) || Rescued.Contains(w) ? Metric.Evacuated
        : ClaimLexicon.Engaged.Contains(w) ? Metric.Engaged
        : ClaimLexicon.Deployed.Contains(w) ? Metric.Deployed
        : null;

    /// <summary>
    /// Displaced verbs: "left their homes", "have left the camp", "to leave border villages", "crossed into Syria",
    /// "crossing the border", "crossed from Lebanon into Syria" ("fled to", "sheltering at" are in the displaced list).
    /// A border owned by the one who counts is crossed too: "29,000 people had crossed its border from Ukraine", "crossed
    /// their borders" (metrics.json crossedBorderOwners; Unseen80 dpa, as "crossed the border" of Unseen19). Golden case
    /// crossed_its_border_is_displaced.
    /// Golden cases: displaced_crossed_fled_left_sheltering, crossed_from_one_country_into_another, leaving_the_camp_or_the_villages.
    /// </summary>
    private static bool LeftOrCrossed(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        (ClaimLexicon.LeftHomes.Contains(w) && HomeAfterLeaving(reader, i))
        || (ClaimLexicon.CrossVerbs.Contains(w) && (reader.Is(i + 1, "into") || reader.Is(i + 1, "over") || BorderAfter(reader, i + 1) || FromInto(reader, i) || CountryAfterTo(reader, i + 1)));

    // "about 400,000 persons crossed to Syria": "to" and a country's name (nationalities.json) is a border crossed, as
    // "into" is; "crossed to the other bank" or "crossed to safety" name none, and soldiers who "crossed to Ukrainian
    // positions" changed sides: an adjective is no country (Unseen83 almanar-english).
    private static bool CountryAfterTo(PeopleCountReader reader, int k) =>
        reader.Is(k, "to") && Nationality.At(reader.Text, reader.Tokens, k + 1) is { } named
        && !reader.Text.AsSpan(reader.Tokens[k + 1].Start, reader.Tokens[k + named.Tokens].End - reader.Tokens[k + 1].Start).Equals(named.Nationality.Adjective, StringComparison.OrdinalIgnoreCase);

    // "seven rescuers lost the life": a calque of "perdere la vita", "perder la vida", "perdre la vie" in translated copy
    // (Unseen83 agenzianova), a death as "lost their lives" is.
    private static bool LostTheLife(PeopleCountReader reader, int i) =>
        reader.Is(i + 1, "the") && reader.Is(i + 2, "life");

    // "at least 30 others were taken by the fighters to an unknown place", "led away to unknown destinations": people
    // carried off to where no one knows are held (Unseen83 dw-qarni); a verb of taking away (metrics.json takenAwayVerbs)
    // with "unknown" and a place noun (unknownPlaceNouns) within eight words after it, in the clause.
    private static bool TakenToAnUnknownPlace(PeopleCountReader reader, int i, ReadOnlySpan<char> w, int limit)
    {
        if (!TakenAwayVerbs.Contains(w))
        {
            return false;
        }
        for (var k = i + 1; k < i + 8 && k + 1 < limit && reader.Tokens[k].IsWord; k++)
        {
            if (reader.Is(k, "unknown") && reader.IsIn(k + 1, UnknownPlaceNouns))
            {
                return true;
            }
        }
        return false;
    }

    // "the border", "its border", "their borders": the crossing's object is a frontier.
    private static bool BorderAfter(PeopleCountReader reader, int k) =>
        reader.IsIn(k, CrossedBorderOwners) && (reader.Is(k + 1, "border") || reader.Is(k + 1, "borders"));

    // "left their homes", "have left the camp", "forcing 11,000 people to leave border villages": a home word (metrics.json
    // homes, or leftCountries: <see cref="ForceBefore"/>) right after the verb or after up to two leads of it (leftHomeLeads: "the", "their", "border", "frontline");
    // "left 12 people dead" or "left for Kyiv" have none.
    private static bool HomeAfterLeaving(PeopleCountReader reader, int i)
    {
        for (var j = i + 1; j <= i + 3 && j < reader.Tokens.Count && reader.Tokens[j].IsWord; j++)
        {
            if (ClaimLexicon.Homes.Contains(reader.Word(j)) || (reader.IsIn(j, LeftCountries) && !ForceBefore(reader, i)))
            {
                return true;
            }
            if (!LeftHomeLeads.Contains(reader.Word(j)))
            {
                return false;
            }
        }
        return false;
    }

    // "More than 6 million Ukrainians have left the country", "had to leave their homeland": people who leave their
    // country are displaced (metrics.json leftCountries; golden case left_the_country_is_displaced), but "About 5,000
    // troops left the country" is a withdrawal: a military noun (people.json militaryNouns) in the three words before
    // the verb keeps it out.
    private static bool ForceBefore(PeopleCountReader reader, int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - 3; k--)
        {
            if (reader.IsIn(k, ClaimLexicon.MilitaryNouns))
            {
                return true;
            }
        }
        return false;
    }

    // "crossed from Lebanon into Syria", "crossed from South Sudan into Uganda": the country left sits between the verb
    // and "into", a name of one to three words.
    private static bool FromInto(PeopleCountReader reader, int i) =>
        reader.Is(i + 1, "from") && (reader.Is(i + 3, "into") || reader.Is(i + 4, "into") || reader.Is(i + 5, "into"));

    /// <summary>
    /// "3,150 people had been taken to hospitals", "rushed to hospital", "admitted to the regional hospital": people
    /// brought to hospital alive are wounded (bodies brought to morgues stay killed: "bodies" names the metric first).
    /// Up to two describing words may stand before the hospital (metrics.json hospitalLeads). Golden cases:
    /// hospital_rescue_and_feared_dead, hospital_admits_the_wounded.
    /// </summary>
    private static bool TakenToHospital(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!HospitalVerbs.Contains(w) || !reader.Is(i + 1, "to"))
        {
            return false;
        }
        var j = i + 2;
        while (j < reader.Tokens.Count && j <= i + 4 && reader.IsIn(j, HospitalLeads))
        {
            j++;
        }
        return reader.IsIn(j, Hospitals);
    }

    /// <summary>
    /// "We lost nine of our men", "we have lost 70 men": the speaker counting his own side's men lost names the dead
    /// (the gold convention in docs/extraction.md); a state's or an army's tally ("Russia lost 1,230 troops") is its
    /// losses, killed or wounded, and "lost 4,000 troops killed or wounded" says both. A body reporting its own ranks in
    /// the third person ("the brigade said it had lost 14 of its soldiers", "Hamas lost nine of their fighters") counts its
    /// dead as "we" does: the partitive's pronoun is data (metrics.json ownRanksPronouns). Golden cases: lost_of_our_men,
    /// said_inverted, quote_spanning_sentences, lost_of_its_soldiers_are_dead.
    /// </summary>
    private static bool LostOfOurOwn(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        w.Equals("lost", StringComparison.OrdinalIgnoreCase) && (WeLost(reader, i) || OwnRanksAfter(reader, PastCountLeads(reader, i + 1)));

    // "had lost more than 1,000 of their personnel": a hedge between the verb and the count (metrics.json
    // lostCountLeads) keeps the partitive of the body's own ranks (Unseen47 xinhua; golden case
    // lost_more_than_n_of_their_personnel).
    private static int PastCountLeads(PeopleCountReader reader, int k)
    {
        for (var end = k + 2; k < end && reader.IsIn(k, LostCountLeads); k++)
        {
        }
        return k;
    }

    private static bool OwnRanksAfter(PeopleCountReader reader, int n) =>
        n + 2 < reader.Tokens.Count && reader.Is(n + 1, "of") && reader.IsIn(n + 2, OwnRanksPronouns)
        && (reader.IsNumberToken(n) || (reader.Tokens[n].IsWord && NumberWord.TryGet(reader.Word(n), out var count) && count.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens));

    // "We lost 12 men", "we have lost 70 men": the speaker's side counting its own (docs/extraction.md, Gold
    // conventions); "Russia has lost 1,230 troops" is a state's losses, killed or wounded.
    private static bool WeLost(PeopleCountReader reader, int i) =>
        reader.Is(i - 1, "we") || (reader.Is(i - 2, "we") && (reader.Is(i - 1, "have") || reader.Is(i - 1, "had")));

    /// <summary>
    /// A surrender: "40 soldiers have laid down their arms", "two had given themselves up" (metrics.json layDownVerbs,
    /// armsWords, giveUpVerbs). Golden case: laid_down_their_arms.
    /// </summary>
    private static bool Surrendered(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        (LayDownVerbs.Contains(w) && reader.Is(i + 1, "down") && i + 2 < reader.Tokens.Count && reader.Tokens[i + 2].IsWord
            && (ArmsWords.Contains(reader.Word(i + 2)) || (reader.Is(i + 2, "their") && reader.IsIn(i + 3, ArmsWords))))
        || (GiveUpVerbs.Contains(w) && reader.Is(i + 1, "themselves") && reader.Is(i + 2, "up"));

    /// <summary>
    /// "more than 500 suspects have surrendered or been detained" (Unseen81 timesofisrael), "some who surrendered and were
    /// taken for interrogation" (army statements on Gaza): a surrender coordinated with a detention ends in detention, as
    /// the gold reads it, not in capture; the second verb, past "or"/"and" and at most two auxiliaries (metrics.json
    /// surrenderWords, surrenderThenAuxiliaries), is a detained word or a send "for questioning". Golden case:
    /// surrendered_or_detained_is_detained.
    /// </summary>
    private static bool SurrenderedThenHeld(PeopleCountReader reader, int i, ReadOnlySpan<char> w, int limit)
    {
        if (!SurrenderWords.Contains(w) || !(reader.Is(i + 1, "or") || reader.Is(i + 1, "and")))
        {
            return false;
        }
        var k = i + 2;
        for (var end = k + 2; k < end && reader.IsIn(k, SurrenderThenAuxiliaries); k++)
        {
        }
        return reader.IsIn(k, ClaimLexicon.Detained) || (k < reader.Tokens.Count && reader.Tokens[k].IsWord && HeldForQuestioning(reader, k, reader.Word(k), limit));
    }

    /// <summary>
    /// "70 others are being held for questioning", "held without charge": people an authority holds (a detention cue
    /// within a few words of "held", metrics.json detentionCues) are detained, not hostages. Golden case: laid_down_their_arms.
    /// People sent, taken or transferred "for questioning" are held the same way, not deployed nor evacuated (metrics.json
    /// questioningSendVerbs, "for" right after): "around 300 of them have been sent for further questioning by the Shin
    /// Bet" (Unseen81 timesofisrael), "70 were taken for questioning" (army statements on Gaza and Darfur roundups).
    /// Golden case: sent_for_questioning_is_detained.
    /// </summary>
    private static bool HeldForQuestioning(PeopleCountReader reader, int i, ReadOnlySpan<char> w, int limit)
    {
        if (QuestioningSendVerbs.Contains(w) && reader.Is(i + 1, "for"))
        {
            return reader.IsIn(i + 2, DetentionCues) || reader.IsIn(i + 3, DetentionCues);
        }
        if (!HeldVerbs.Contains(w))
        {
            return false;
        }
        for (var j = i + 1; j < Math.Min(Math.Max(limit, i + 1), i + 5) && j < reader.Tokens.Count; j++)
        {
            if (reader.IsIn(j, DetentionCues))
            {
                return true;
            }
        }
        return false;
    }

    // "17 of them were still being held", "are still held in Gaza": hostages held, not a meeting held.
    private static bool StillHeld(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        HeldVerbs.Contains(w) && reader.IsIn(i - 1, StillHeldLeads);

    // "forced more than 2 million people from their homes": a home word within a few words of the verb. "The war has
    // pushed hundreds of players abroad", "forced millions into exile": a word of exile (metrics.json exileWords) is the
    // same move across a border (golden case pushed_abroad_is_displaced).
    private static bool HomesFollow(PeopleCountReader reader, int verb)
    {
        for (var j = verb + 1; j < reader.Tokens.Count && j <= verb + 9; j++)
        {
            if ((reader.IsIn(j, ClaimLexicon.Homes) && (reader.Is(j - 1, "their") || reader.Is(j - 1, "from") || reader.Is(j - 1, "the"))) || reader.IsIn(j, ExileWords))
            {
                return true;
            }
        }
        return false;
    }
}
