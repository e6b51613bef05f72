using ClaimTracker.Core.Numbers;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Decides whether a number in a sentence counts people and reads what the sentence says about them:
/// subject, metric, status, increment and qualifier. Works on the sentence's tokens only: it holds the sentence the
/// count-phrase rules (Rules/CountPhrase) read and runs them, stage by stage, in the order below.
/// </summary>
internal sealed class PeopleCountReader(string text, List<Token> tokens, Sentence sentence, int sentenceIndex)
{
    /// <summary>Count phrase: is the number a count at all, and the hedge before it.</summary>
    internal static readonly CountPhraseRule[] CountPhraseStage = [NotAPeopleCount.Rule, RegionsOfACountry.Rule, AgeLimit.Rule, AgeAfterName.Rule, AgeInRelativeClause.Rule, AgeAfterOf.Rule, EnumeratedMember.Rule, DistributiveCount.Rule, CountedEvents.Rule, Hedge.Rule, RatioOfCounts.Rule, PerCapitaRatio.Rule, SanctionedPeople.Rule, SurvivorsOfACount.Rule, ShieldedPeople.Rule, GenericSize.Rule, CarryingCapacity.Rule, OwnHousehold.Rule, DefiniteGroupPronoun.Rule];

    /// <summary>People noun phrase: the noun after the number, what it is not, the aside it sits in, whose people.</summary>
    internal static readonly CountPhraseRule[] PeopleNounPhraseStage =
        [PeopleNounPhrase.Rule, SharedHeadNoun.Rule, ReceivedCoffins.Rule, QualifiedLeaders.Rule, LostComrades.Rule, StaffLeft.Rule, TakenHostage.Rule, TakenIntoHeldState.Rule, Partitive.Rule, FrontedPartitive.Rule, WholeOfThings.Rule, CopularCount.Rule, PeopleNounBeforeThing.Rule, PopulationOrSourceCount.Rule, ShareOfAPopulation.Rule, ApposedPartOfThem.Rule, Aside.Rule, BreakdownGoesOn.Rule, ElidedNoun.Rule, EarlierFigure.Rule, BroughtToFigure.Rule, FigureBeforeItsNumber.Rule, ListedFigure.Rule, FigureFirstRow.Rule, ThereAreNOfThem.Rule, BareCount.Rule, NamedPeople.Rule, PrisonersOfTheCountedForce.Rule, RefugeesOrigin.Rule, MembersOfANationsGroup.Rule, AsidePeople.Rule, OthersOfThings.Rule, MoreOfTheArrivingThing.Rule, LivesSaved.Rule];

    /// <summary>Verb group: the clause around the count, its metric, and the nationality the clause gives.</summary>
    internal static readonly CountPhraseRule[] VerbGroupStage =
        [Clause.Rule, ClauseMetric.Rule, CompanionsOwnFate.Rule, OwnLossesTotal.Rule, RunningLossesOfTheDead.Rule, LostInTheFighting.Rule, HitCount.Rule, StruckFighters.Rule, ForceCrossing.Rule, DeadAndWounded.Rule, ReplacedLosses.Rule, VerbAfterRelativeClause.Rule, RelativeClausesFate.Rule, FateAfterReducedRelative.Rule, FateAfterAnd.Rule, VerbAfterQuotedCount.Rule, QuotedFate.Rule, AmongTheCounted.Rule, ListUnderAnAmongFrame.Rule, VictimsOfTheToll.Rule, PartOfTheVictims.Rule, ThereAreVictims.Rule, CiviliansOnTheMove.Rule, StagesOfFlight.Rule, CrowdGathered.Rule, MovedToSafety.Rule, EvacuationFlight.Rule, EvacueesCarried.Rule, TakenInByAHost.Rule, NamedOnAListOfTheDead.Rule, WorkforceAbroad.Rule, SoughtWorkforce.Rule, PartitiveWhole.Rule, OutOfTheWhole.Rule, GroupList.Rule, SentObject.Rule, WarLosses.Rule, EachSide.Rule, EachSideOpponent.Rule, BothSidesTroops.Rule, SwapsEachWay.Rule, UnitsOfNations.Rule, NationalityAsPredicate.Rule, ApposedNationality.Rule, CountrysOwnPeople.Rule, SideNamedBeforeTheCount.Rule, NationalityBeforeCount.Rule, CaptorsOpponent.Rule, SendingState.Rule, SpeakersOwnPeople.Rule, LosingCountry.Rule, CountryHadSoldiersKilled.Rule, OwnersLosses.Rule, ReceivingCountry.Rule, MovedForCare.Rule, ReachedWithAid.Rule, ReturnOfTheDisplaced.Rule, TreatmentAbroad.Rule, ReleasedWounded.Rule, WoundedSentHome.Rule, LabelledLine.Rule, AidRecipients.Rule, PreventedMove.Rule, HospitalIntake.Rule, TollAmong.Rule, AsidesOwnFate.Rule, RescuedFromATrap.Rule, RescuedFromCaptivity.Rule, HeldCountedDead.Rule, ClassSize.Rule, PlaceHoldingPeople.Rule, HousedInShelter.Rule, CareForIllness.Rule, InACondition.Rule, CoordinatedLateFate.Rule, AsideListsLateFate.Rule, LateFateAcrossAList.Rule, PartitivesSecondConjunct.Rule, CarriedFate.Rule, KinWithoutAFate.Rule, KinInCompany.Rule, InterviewedPeople.Rule, Defendants.Rule, Signatories.Rule, FatalShare.Rule, PassedThroughDetention.Rule, ForceWithOthersAmongThem.Rule, CompanionCount.Rule, PopulationInNeed.Rule, ArmySize.Rule, UnitStrength.Rule, LeftOfAStrength.Rule, HomeToTheFled.Rule, EliminatedByUkraine.Rule, LossesByRow.Rule, LabourCount.Rule, LeisureVisitors.Rule, CrowdAtAnEvent.Rule, CommunitySize.Rule];

    /// <summary>Status and increment: denied, planned, expected or reported; added to an earlier count or a total.</summary>
    internal static readonly CountPhraseRule[] StatusStage =
        [Denial.Rule, StatedPlan.Rule, AgreedHandover.Rule, Forecast.Rule, ForecastAfterTheCount.Rule, ThreatenedDisplacement.Rule, EnRoute.Rule, CoordinatedStatus.Rule, SwapToCome.Rule, ReleaseList.Rule, DealProvision.Rule, Increment.Rule, ReturnAllowed.Rule, ReturnSought.Rule, AwaitedArrival.Rule, RegisteredToLeave.Rule, RequestedCount.Rule, AppealTarget.Rule, ConditionalCount.Rule, EndangeredPeople.Rule, SpokenFate.Rule];

    /// <summary>The stages in the order <see cref="Read"/> runs them.</summary>
    internal static readonly CountPhraseRule[][] Stages = [CountPhraseStage, PeopleNounPhraseStage, VerbGroupStage, StatusStage];

    private MetricMemo? metrics;
    private NationalityMemo? nationalities;

    // The rule preconditions the sentence's words meet (RuleTriggers.In), taken on the first ask.
    private ulong triggers;
    private bool triggersRead;

    public string Text => text;

    public List<Token> Tokens => tokens;

    public Sentence Sentence => sentence;

    public int SentenceIndex => sentenceIndex;

    /// <summary>Start offsets of the sentence's attributors ("Ukrainian intelligence reports that …"), set by the caller.</summary>
    public List<Attributor> Attributors { get; init; } = [];

    /// <summary>Registry sources named anywhere in the text, in order.</summary>
    public IReadOnlyList<SourceMention> Mentions { get; init; } = [];

    /// <summary>The count a figure noun of this sentence stands for (<see cref="FigureAntecedent"/>).</summary>
    public Func<PeopleContext?> CountBefore { get; init; } = static () => null;

    /// <summary>
    /// The claim a number makes about people, or null: every rule of every stage runs in order over one
    /// <see cref="CountPhrase"/>, each reading one construction; a rule that finds the number counts nobody stops it.
    /// </summary>
    public ClaimDraft? Read(NumberMention number, (int Start, int End)[] numberTokens, int index, ClaimDraft? previousInSentence, Func<PeopleContext?> antecedent)
    {
        var phrase = Phrase(number, numberTokens, index, previousInSentence, antecedent);
        // "a five-storey building": a number joined to a unit of measure counts nobody (MeasureCompound).
        if (phrase is null || MeasureCompound.EndsAt(this, phrase.Last)
            || (index > 0 && FamiliesOfOrigin.At(this, phrase.First, phrase.Last, numberTokens[index - 1].End)))
        {
            return null;
        }
        var draft = new ClaimDraft(number, sentenceIndex);
        foreach (var stage in Stages)
        {
            foreach (var rule in stage)
            {
                if (rule.Trigger is { } trigger && !Holds(trigger))
                {
                    continue;
                }
                if (!rule.Read(this, phrase, draft))
                {
                    return null;
                }
            }
        }
        return draft;
    }

    /// <summary>The cursor for the number at <paramref name="index"/>, bounded by its neighbours; null when it has no tokens.</summary>
    internal CountPhrase? Phrase(NumberMention number, (int Start, int End)[] numberTokens, int index, ClaimDraft? previousInSentence, Func<PeopleContext?> antecedent)
    {
        var (first, last) = numberTokens[index];
        if (first < 0)
        {
            return null;
        }
        return new CountPhrase(number, first, last,
            PreviousBound(numberTokens, index),
            NextBound(numberTokens, index))
        {
            Previous = previousInSentence,
            Antecedent = antecedent,
            EarlierCount = CountBefore,
        };
    }

    // The last token of the number before that can count people: "The number of people killed by a missile that hit a
    // five-storey building … has risen to 13" reaches back past "five-storey" to its toll (MeasureCompound).
    private int PreviousBound((int Start, int End)[] numberTokens, int index)
    {
        var before = index - 1;
        while (before >= 0 && numberTokens[before].Start >= 0 && MeasureCompound.EndsAt(this, numberTokens[before].End))
        {
            before--;
        }
        return before >= 0 ? numberTokens[before].End : -1;
    }

    // The first token of the next number that can count people ("from one family" cannot: PrepositionalOne; nor can
    // the age in "children under five": AgeLimit, nor "a nine-storey block": MeasureCompound, nor "from three families":
    // FamiliesOfOrigin).
    private int NextBound((int Start, int End)[] numberTokens, int index)
    {
        var next = index + 1;
        while (next < numberTokens.Length && numberTokens[next].Start >= 0 && (PrepositionalOne.At(this, numberTokens[next].Start) || AgeLimit.StartsAt(this, numberTokens[next].Start)
            || MeasureCompound.EndsAt(this, numberTokens[next].End)
            || FamiliesOfOrigin.At(this, numberTokens[next].Start, numberTokens[next].End, numberTokens[next - 1].End)))
        {
            next++;
        }
        return next < numberTokens.Length ? numberTokens[next].Start : tokens.Count;
    }

    /// <summary>What each token's word names as a metric, kept for the sentence (<see cref="MetricWord.At"/>).</summary>
    internal MetricMemo Metrics => metrics ??= new MetricMemo(tokens.Count);

    /// <summary>Which people each token's words name, kept for the sentence (<see cref="Nationality.At"/>).</summary>
    internal NationalityMemo Nationalities => nationalities ??= new NationalityMemo(text, tokens);

    /// <summary>
    /// Whether some word of the sentence meets <paramref name="trigger"/>, the precondition of a rule that can change
    /// nothing without one (<see cref="RuleTrigger"/>); every precondition is read in one pass, on the first ask.
    /// </summary>
    internal bool Holds(RuleTrigger trigger)
    {
        if (!triggersRead)
        {
            triggers = RuleTriggers.In(this);
            triggersRead = true;
        }
        return (triggers & trigger.Mask) != 0;
    }

    public ReadOnlySpan<char> Word(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    public bool Is(int i, string word) => i >= 0 && i < tokens.Count && tokens[i].IsWord && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether token <paramref name="i"/> is a word of <paramref name="set"/>; an index off either end of the sentence or a
    /// punctuation token is not, so a rule can ask about the word before or after a count without its own bounds check.
    /// </summary>
    public bool IsIn(int i, WordSet set) => i >= 0 && i < tokens.Count && tokens[i].IsWord && set.Contains(Word(i));

    /// <summary>
    /// The first word of <paramref name="set"/> among the <paramref name="reach"/> words after token
    /// <paramref name="after"/>, or -1: a punctuation mark ends the search ("signed an open letter", "through the facility").
    /// </summary>
    public int WordOfSetAhead(int after, int reach, WordSet set)
    {
        for (var i = after + 1; i < tokens.Count && i <= after + reach; i++)
        {
            if (!tokens[i].IsWord)
            {
                return -1;
            }
            if (set.Contains(Word(i)))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Whether token <paramref name="i"/> is the punctuation mark <paramref name="mark"/> (false off either end).</summary>
    public bool IsMark(int i, char mark) => i >= 0 && i < tokens.Count && !tokens[i].IsWord && text[tokens[i].Start] == mark;

    /// <summary>Whether token <paramref name="i"/> starts with a digit (false off either end, as <see cref="IsIn"/>).</summary>
    public bool IsNumberToken(int i) => i >= 0 && i < tokens.Count && text[tokens[i].Start] is >= '0' and <= '9';

    /// <summary>
    /// The first token of the count's own sentence: the token list may open in the sentence before, and a word there
    /// (a shelter, a ward) belongs to that sentence's counts, not this one's.
    /// </summary>
    public int SentenceFirstToken()
    {
        var i = 0;
        while (i < tokens.Count && tokens[i].Start < sentence.Start)
        {
            i++;
        }
        return i;
    }

    /// <summary>Whether a word of <paramref name="set"/> stands in tokens from..to (exclusive).</summary>
    public bool HasAny(WordSet set, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && set.Contains(Word(i)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the sentence names soldiers, fighters, the military or an army anywhere.</summary>
    public bool MentionsMilitary()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord)
            {
                var w = Word(i);
                // Not the force that attacks nor a civil body's name (AttackingForce): neither is the people counted
                // ("the occupation army had committed five massacres …, leaving 52 martyrs": its victims; golden case
                // an_attacking_army_leaves_victims).
                if (((ClaimLexicon.MilitaryNouns.Contains(w) || ClaimLexicon.IrregularNouns.Contains(w)) && !AttackingForce.Attacks(text, tokens, i) && !PoliceAsSpeaker.Is(this, i))
                    || (w.Equals("military", StringComparison.OrdinalIgnoreCase) && !AttackingForce.InCivilBodysName(text, tokens, i))
                    || (w.Equals("army", StringComparison.OrdinalIgnoreCase) && !AttackingForce.Attacks(text, tokens, i)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether the sentence names civilians anywhere, in lower case ("General Staff" is not staff).</summary>
    public bool MentionsCivilians()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && char.IsLower(text[tokens[i].Start]) && ClaimLexicon.CivilianNouns.Contains(Word(i)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the text offset falls inside one of the sentence's attributors.</summary>
    public bool IsInsideAttributor(int offset)
    {
        foreach (var a in Attributors)
        {
            if (offset >= a.Start && offset < a.End)
            {
                return true;
            }
        }
        return false;
    }
}
