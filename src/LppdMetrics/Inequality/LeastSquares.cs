using MathNet.Numerics.LinearAlgebra;

namespace LppdMetrics.Inequality;

/// <summary>Ordinary least squares through MathNet.Numerics (QR), kept out of the public API.</summary>
internal static class LeastSquares
{
    /// <summary>Solves min ‖Xβ − y‖²; null when the design is rank-deficient or the solution is not finite.</summary>
    public static double[]? Solve(double[,] x, double[] y)
    {
        if (y.Length < x.GetLength(1))
            return null;
        Matrix<double> design = Matrix<double>.Build.DenseOfArray(x);
        var qr = design.QR();
        if (!qr.IsFullRank)
            return null;
        double[] beta = qr.Solve(Vector<double>.Build.DenseOfArray(y)).ToArray();
        return beta.All(double.IsFinite) ? beta : null;
    }
}
