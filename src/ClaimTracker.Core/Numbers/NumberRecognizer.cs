using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Numbers;

/// <summary>Finds numbers in English text: digits, words, ranges, vague magnitudes, with their qualifiers.</summary>
public static partial class NumberRecognizer
{
    // FIRST CUT (to be replaced by the full recognizer): digits with thousands separators only.
    public static IReadOnlyList<NumberMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<NumberMention>();
        foreach (Match m in Digits().Matches(text))
        {
            var value = double.Parse(m.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            found.Add(new NumberMention { Text = m.Value, Start = m.Index, End = m.Index + m.Length, Value = value });
        }
        return found;
    }

    [GeneratedRegex(@"\b\d{1,3}(?:,\d{3})+\b|\b\d+\b")]
    private static partial Regex Digits();
}
