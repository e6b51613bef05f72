using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features.Claims;

public class ClaimEditTests
{
    private static ClaimEdit Valid() => new() { Subject = "North Korean troops", Value = 10000, Qualifier = Qualifier.Approximately };

    [Fact]
    public void A_complete_claim_is_valid() => Assert.Empty(Valid().Validate());

    [Fact]
    public void Value_is_required_unless_vague()
    {
        var edit = Valid();
        edit.Value = null;
        Assert.Contains(nameof(ClaimEdit.Value), edit.Validate().Keys);

        edit.Qualifier = Qualifier.Vague;
        edit.Low = 2000;
        Assert.Empty(edit.Validate());
    }

    [Fact]
    public void Vague_claims_need_a_lower_bound_and_no_best_value()
    {
        var edit = new ClaimEdit { Subject = "troops", Qualifier = Qualifier.Vague, Value = 3000 };
        var errors = edit.Validate();
        Assert.Contains(nameof(ClaimEdit.Value), errors.Keys);
        Assert.Contains(nameof(ClaimEdit.Low), errors.Keys);
    }

    [Theory]
    [InlineData(11000d, 12000d, 13000d, nameof(ClaimEdit.Value))]
    [InlineData(14000d, 12000d, 13000d, nameof(ClaimEdit.Value))]
    [InlineData(null, 13000d, 12000d, nameof(ClaimEdit.High))]
    public void Bounds_must_hold_low_value_high(double? value, double? low, double? high, string field)
    {
        var edit = new ClaimEdit { Subject = "troops", Qualifier = Qualifier.Range, Value = value, Low = low, High = high };
        Assert.Contains(field, edit.Validate().Keys);
    }

    [Fact]
    public void Counts_cannot_be_negative()
    {
        var edit = Valid();
        edit.Value = -5;
        Assert.Equal("A count of people cannot be negative.", edit.Validate()[nameof(ClaimEdit.Value)]);
    }

    [Fact]
    public void Subject_is_required()
    {
        var edit = Valid();
        edit.Subject = "  ";
        Assert.Contains(nameof(ClaimEdit.Subject), edit.Validate().Keys);
    }
}
