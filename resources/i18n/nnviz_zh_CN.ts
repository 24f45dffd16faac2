<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccuracyPage</name>
    <message>
        <source>Why learn from the loss and not from the accuracy (Chapter 4.2.5)? Here simpleNet sorts 36 points into 3 classes. Move one of its weights with the slider and compare the two curves.</source>
        <translation>为什么根据损失函数而不是识别精度来学习（第 4.2.5 节）？这里 simpleNet 把 36 个点分成 3 类。用滑块移动它的一个权重，比较两条曲线。</translation>
    </message>
    <message>
        <source>One weight of simpleNet</source>
        <translation>simpleNet 的一个权重</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>损失：</translation>
    </message>
    <message>
        <source>Accuracy:</source>
        <translation>识别精度：</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>识别精度</translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss changes with every small move of the weight, so its derivative tells which way to go. The accuracy counts right answers: it stays flat and then jumps by 1/36 when a point changes class. On the flat parts its derivative is 0 and gradient descent would not know where to go, just as with the step function (Chapter 3) — that is why sigmoid, not the step, and the loss, not the accuracy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;权重稍有变化，损失就跟着变化，所以它的导数能指出该往哪个方向走。识别精度数的是答对的个数：它先保持不变，某个点换了类别时才跳变 1/36。在平坦的部分导数为 0，梯度法就不知道该往哪里走，这和阶跃函数（第 3 章）一样——所以用 sigmoid 而不用阶跃函数，用损失函数而不用识别精度。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActivationsCurves</name>
    <message>
        <source>The point x on the curve</source>
        <translation>曲线上的点 x</translation>
    </message>
    <message>
        <source>x (or drag the red point):</source>
        <translation>x（或拖动红点）：</translation>
    </message>
    <message>
        <source>f′(x), formula:</source>
        <translation>f′(x)，公式：</translation>
    </message>
    <message>
        <source>Tangent slope:</source>
        <translation>切线斜率：</translation>
    </message>
    <message>
        <source>error</source>
        <translation>误差</translation>
    </message>
    <message>
        <source>Forward difference:</source>
        <translation>前向差分：</translation>
    </message>
    <message>
        <source>Central difference:</source>
        <translation>中心差分：</translation>
    </message>
    <message>
        <source>The book&apos;s tangent_line(f, x): central difference with h = 1e-4</source>
        <translation>书中的 tangent_line(f, x)：使用 h = 1e-4 的中心差分</translation>
    </message>
    <message>
        <source>tangent line</source>
        <translation>切线</translation>
    </message>
    <message>
        <source>secant ({0})</source>
        <translation>割线（{0}）</translation>
    </message>
    <message>
        <source>not differentiable at x = 0</source>
        <translation>在 x = 0 处不可导</translation>
    </message>
    <message>
        <source>Derivative:  {0}</source>
        <translation>导数：{0}</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>numerical ({0})&lt;br&gt;h = {1}</source>
        <translation>数值微分（{0}）&lt;br&gt;h = {1}</translation>
    </message>
    <message>
        <source>no derivative at x = 0</source>
        <translation>x = 0 处没有导数</translation>
    </message>
    <message>
        <source>saturated:
f′(x) ≈ 0</source>
        <translation>饱和：
f′(x) ≈ 0</translation>
    </message>
    <message>
        <source>undefined (corner)</source>
        <translation>不存在（拐角）</translation>
    </message>
    <message>
        <source>0 (exact)</source>
        <translation>0（精确）</translation>
    </message>
    <message>
        <source>Saturated: f′(x) = {0:.4f}. The gradient passed back through this neuron is almost 0.</source>
        <translation>饱和：f′(x) = {0:.4f}。经过这个神经元向后传递的梯度几乎为 0。</translation>
    </message>
</context>
<context>
    <name>ActivationsError</name>
    <message>
        <source>forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <source>central</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>forward difference</source>
        <translation>前向差分</translation>
    </message>
    <message>
        <source>central difference</source>
        <translation>中心差分</translation>
    </message>
    <message>
        <source>Numerical differentiation (Chapter 4.3)</source>
        <translation>数值微分（第 4.3 节）</translation>
    </message>
    <message>
        <source>Show the numerical derivative</source>
        <translation>显示数值微分的结果</translation>
    </message>
    <message>
        <source>Forward: (f(x+h) − f(x)) / h</source>
        <translation>前向差分：(f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <source>Central: (f(x+h) − f(x−h)) / 2h</source>
        <translation>中心差分：(f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <source>error |numerical − formula|</source>
        <translation>误差 |数值 − 公式|</translation>
    </message>
    <message>
        <source>← rounding error (h too small)</source>
        <translation>← 舍入误差（h 太小）</translation>
    </message>
    <message>
        <source>← rounding</source>
        <translation>← 舍入误差</translation>
    </message>
    <message>
        <source>truncation error (h too large) →</source>
        <translation>截断误差（h 太大）→</translation>
    </message>
    <message>
        <source>truncation →</source>
        <translation>截断误差 →</translation>
    </message>
    <message>
        <source>Error of the numerical derivative at x = {0:.2f}</source>
        <translation>x = {0:.2f} 处数值微分的误差</translation>
    </message>
    <message>
        <source>Step size h = {0}  (the book uses 1e-4)</source>
        <translation>微小值 h = {0}（书中用 1e-4）</translation>
    </message>
    <message>
        <source>f is a straight line around x, so the {0} has no truncation error while x ± h stays clear of a corner: only rounding error is left.</source>
        <translation>f 在 x 附近是一条直线，只要 x ± h 不碰到拐角，{0}就没有截断误差：只剩下舍入误差。</translation>
    </message>
    <message>
        <source>Smallest error of the {0} here at h ≈ {1}.</source>
        <translation>这里{0}的误差在 h ≈ {1} 时最小。</translation>
    </message>
    <message>
        <source>No derivative at this x, so no error to measure.</source>
        <translation>这个 x 处没有导数，无法衡量误差。</translation>
    </message>
</context>
<context>
    <name>ActivationsNotes</name>
    <message>
        <source>Step function</source>
        <translation>阶跃函数</translation>
    </message>
    <message>
        <source>Sigmoid function</source>
        <translation>sigmoid函数</translation>
    </message>
    <message>
        <source>tanh function</source>
        <translation>tanh函数</translation>
    </message>
    <message>
        <source>ReLU function</source>
        <translation>ReLU函数</translation>
    </message>
    <message>
        <source>Leaky ReLU function</source>
        <translation>Leaky ReLU函数</translation>
    </message>
    <message>
        <source>Identity function</source>
        <translation>恒等函数</translation>
    </message>
    <message>
        <source>The step function&apos;s derivative is 0 everywhere except at x = 0, where it does not exist. A network built from it gets no gradient at all, so gradient descent cannot move its weights: this is why neural networks use smooth activation functions (Chapter 4.2.5).</source>
        <translation>阶跃函数的导数除了在 x = 0 处（那里导数不存在）之外处处为 0。用它搭建的神经网络得不到任何梯度，梯度下降法无法更新权重：这就是神经网络使用平滑的激活函数的原因（第 4.2.5 节）。</translation>
    </message>
    <message>
        <source>Sigmoid is smooth, so it has a useful derivative everywhere, but never more than 0.25. Where it saturates (the shaded regions) the derivative is almost 0, and multiplied through several layers the gradient vanishes: the vanishing gradient problem (Chapter 6.2).</source>
        <translation>sigmoid函数是平滑的，因此处处都有可用的导数，但导数最大只有 0.25。在它饱和的地方（阴影区域），导数几乎为 0；经过多层相乘之后，梯度就消失了：这就是梯度消失问题（第 6.2 节）。</translation>
    </message>
    <message>
        <source>tanh is a sigmoid stretched to (−1, 1) and centred on 0: its derivative reaches 1 at x = 0, but it saturates like sigmoid for large |x| (shaded), so gradients can still vanish.</source>
        <translation>tanh函数是拉伸到 (−1, 1) 并以 0 为中心的sigmoid函数：它的导数在 x = 0 处达到 1，但在 |x| 较大时也会像sigmoid函数一样饱和（阴影区域），所以梯度仍然可能消失。</translation>
    </message>
    <message>
        <source>ReLU&apos;s derivative is 1 for every positive input, so gradients pass back unchanged and do not vanish (Chapter 3.2.7). For x &lt; 0 it is 0, and at x = 0 there is a corner with no derivative; backpropagation simply uses 0 there.</source>
        <translation>ReLU函数对所有正的输入导数都是 1，梯度原样向后传递，不会消失（第 3.2.7 节）。x &lt; 0 时导数为 0；x = 0 处是一个拐角，导数不存在，反向传播在那里直接取 0。</translation>
    </message>
    <message>
        <source>Leaky ReLU keeps a small slope α for x &lt; 0, so a negative input still passes some gradient back instead of none. Like ReLU it has a corner at x = 0.</source>
        <translation>Leaky ReLU函数在 x &lt; 0 时保留一个小斜率 α，所以负的输入仍能向后传递一些梯度，而不是完全没有。它和ReLU函数一样在 x = 0 处有一个拐角。</translation>
    </message>
    <message>
        <source>The identity function (the output layer of a regression, Chapter 3.5) has derivative 1 everywhere. Hidden layers need a non-linear function: stacked linear layers are still one linear function (Chapter 3.2.6).</source>
        <translation>恒等函数（回归问题的输出层使用，第 3.5 节）的导数处处为 1。隐藏层需要非线性函数：叠加多个线性层仍然只是一个线性函数（第 3.2.6 节）。</translation>
    </message>
    <message>
        <source>Why the derivative matters for learning</source>
        <translation>为什么导数对学习很重要</translation>
    </message>
    <message>
        <source>Learning moves each weight against the gradient (W ← W − lr·∂L/∂W), and backpropagation multiplies the local derivatives of every layer on the way back. Where f′(x) is 0, nothing is learned.</source>
        <translation>学习时，每个权重都沿梯度的反方向移动（W ← W − lr·∂L/∂W），反向传播则把每一层的局部导数逐层相乘。f′(x) 为 0 的地方，什么也学不到。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Numerical differentiation.&lt;/b&gt; The forward difference&apos;s truncation error shrinks like h, the central difference&apos;s like h². Below about h = 1e-8 rounding takes over (float64 keeps about 16 digits), which is why the book uses h = 1e-4.</source>
        <translation>&lt;b&gt;数值微分。&lt;/b&gt;前向差分的截断误差与 h 成正比，中心差分的截断误差与 h² 成正比。h 小于约 1e-8 时舍入误差占了上风（float64 只有大约 16 位有效数字），所以书中使用 h = 1e-4。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}.&lt;/b&gt; {1}</source>
        <translation>&lt;b&gt;{0}：&lt;/b&gt;{1}</translation>
    </message>
</context>
<context>
    <name>ActivationsSoftmax</name>
    <message>
        <source>input a</source>
        <translation>输入 a</translation>
    </message>
    <message>
        <source>naive: exp(a / T)</source>
        <translation>朴素：exp(a / T)</translation>
    </message>
    <message>
        <source>naive: y</source>
        <translation>朴素：y</translation>
    </message>
    <message>
        <source>stable: exp(a / T − max)</source>
        <translation>稳定：exp(a / T − max)</translation>
    </message>
    <message>
        <source>stable: y</source>
        <translation>稳定：y</translation>
    </message>
    <message>
        <source>Softmax of a vector (Chapter 3.5)</source>
        <translation>向量的softmax函数（第 3.5 节）</translation>
    </message>
    <message>
        <source>Inputs a (numbers separated by commas):</source>
        <translation>输入 a（用逗号分隔的数）：</translation>
    </message>
    <message>
        <source>Type 1 to 10 numbers separated by commas, for example 0.3, 2.9, 4.0</source>
        <translation>请输入 1 到 10 个用逗号分隔的数，例如 0.3, 2.9, 4.0</translation>
    </message>
    <message>
        <source>Book example</source>
        <translation>书中的例子</translation>
    </message>
    <message>
        <source>Overflow example</source>
        <translation>溢出的例子</translation>
    </message>
    <message>
        <source>&lt;p&gt;Softmax turns any scores a into probabilities: y&lt;sub&gt;k&lt;/sub&gt; = exp(a&lt;sub&gt;k&lt;/sub&gt;) / Σ&lt;sub&gt;i&lt;/sub&gt; exp(a&lt;sub&gt;i&lt;/sub&gt;), each between 0 and 1, summing to 1 (Chapter 3.5).&lt;/p&gt;&lt;p&gt;exp overflows above about 709, so the naive formula gives inf / inf = nan for inputs like 1010. Subtracting the largest input first changes nothing mathematically and avoids it (Chapter 3.5.2).&lt;/p&gt;&lt;p&gt;Dividing by a temperature T (not in the book) makes the result sharper (T &amp;lt; 1) or flatter (T &amp;gt; 1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;softmax函数把任意分数 a 变成概率：y&lt;sub&gt;k&lt;/sub&gt; = exp(a&lt;sub&gt;k&lt;/sub&gt;) / Σ&lt;sub&gt;i&lt;/sub&gt; exp(a&lt;sub&gt;i&lt;/sub&gt;)，每个值都在 0 和 1 之间，总和为 1（第 3.5 节）。&lt;/p&gt;&lt;p&gt;exp 的参数超过约 709 就会溢出，所以对 1010 这样的输入，朴素的公式得到 inf / inf = nan。先减去最大的输入在数学上不改变结果，又能避免溢出（第 3.5.2 节）。&lt;/p&gt;&lt;p&gt;除以温度 T（书中没有）会让结果更尖锐（T &amp;lt; 1）或更平缓（T &amp;gt; 1）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Softmax: stable (blue) and naive (orange)</source>
        <translation>softmax函数：稳定版（蓝）与朴素版（橙）</translation>
    </message>
    <message>
        <source>Not updated: still the last valid input a = ({0})</source>
        <translation>未更新：仍是上一个有效输入 a = ({0})</translation>
    </message>
    <message>
        <source>stable softmax</source>
        <translation>稳定的softmax</translation>
    </message>
    <message>
        <source>naive softmax</source>
        <translation>朴素的softmax</translation>
    </message>
    <message>
        <source>Temperature T = {0:.2f}</source>
        <translation>温度 T = {0:.2f}</translation>
    </message>
    <message>
        <source>Sum of the stable outputs: {0:.6f}</source>
        <translation>稳定版输出之和：{0:.6f}</translation>
    </message>
    <message>
        <source>Naive softmax overflows: exp({0:g}) = inf, and inf / inf = nan. Subtracting the largest input ({0:g}) first gives the right answer.</source>
        <translation>朴素的softmax溢出了：exp({0:g}) = inf，而 inf / inf = nan。先减去最大的输入（{0:g}）就能得到正确的结果。</translation>
    </message>
    <message>
        <source>Naive softmax underflows: every exp(a / T) is 0, and 0 / 0 = nan. Subtracting the largest input ({0:g}) first gives the right answer.</source>
        <translation>朴素的softmax下溢了：每个 exp(a / T) 都是 0，而 0 / 0 = nan。先减去最大的输入（{0:g}）就能得到正确的结果。</translation>
    </message>
    <message>
        <source>No overflow here: naive and stable softmax agree (difference {0:.1e}).</source>
        <translation>这里没有溢出：朴素版与稳定版的softmax一致（相差 {0:.1e}）。</translation>
    </message>
    <message>
        <source>Last valid input ({0}): {1}</source>
        <translation>上一个有效输入（{0}）：{1}</translation>
    </message>
</context>
<context>
    <name>ActivationsTab</name>
    <message>
        <source>Activation functions</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Chapters 3–4: activation functions, softmax and numerical differentiation</source>
        <translation>第 3–4 章：激活函数、softmax函数与数值微分</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Softmax function</source>
        <translation>softmax函数</translation>
    </message>
</context>
<context>
    <name>BackpropChain</name>
    <message>
        <source>Chain rule (5.2): the gradient from the right times the local one</source>
        <translation>链式法则（5.2）：从右边传来的梯度乘以局部导数</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation>数值微分</translation>
    </message>
    <message>
        <source>|Difference|</source>
        <translation>|差|</translation>
    </message>
    <message>
        <source>Backpropagation agrees with numerical differentiation.</source>
        <translation>反向传播与数值微分的结果一致。</translation>
    </message>
    <message>
        <source>A difference is large: a kink (ReLU at 0) or a pole is too close for the numerical derivative, or a value is not defined here.</source>
        <translation>有一个差很大：ReLU 在 0 处的折点或分母为 0 的点离得太近，数值微分不准确，或者这里的值没有定义。</translation>
    </message>
    <message>
        <source>Gradient check (5.7.3): (f(x + h) − f(x − h)) / 2h with h = 1e-4</source>
        <translation>梯度确认（5.7.3）：(f(x + h) − f(x − h)) / 2h，h = 1e-4</translation>
    </message>
</context>
<context>
    <name>BackpropTab</name>
    <message>
        <source>Backpropagation</source>
        <translation>误差反向传播</translation>
    </message>
    <message>
        <source>Chapter 5: backpropagation on computational graphs</source>
        <translation>第5章：计算图上的误差反向传播</translation>
    </message>
    <message>
        <source>Apples (5.4.1)</source>
        <translation>买苹果（5.4.1）</translation>
    </message>
    <message>
        <source>Apples and oranges (5.4.2)</source>
        <translation>买苹果和橘子（5.4.2）</translation>
    </message>
    <message>
        <source>Sigmoid neuron, expanded (5.5.2)</source>
        <translation>sigmoid 神经元，展开（5.5.2）</translation>
    </message>
    <message>
        <source>Sigmoid neuron, one node (5.5.2)</source>
        <translation>sigmoid 神经元，单个节点（5.5.2）</translation>
    </message>
    <message>
        <source>Three-layer network, forward (3.4.3)</source>
        <translation>三层神经网络的正向传播（3.4.3）</translation>
    </message>
    <message>
        <source>Layers: Affine, ReLU, Affine, Softmax-with-Loss (5.7)</source>
        <translation>层：Affine、ReLU、Affine、Softmax-with-Loss（5.7）</translation>
    </message>
    <message>
        <source>Your own expression (5.2)</source>
        <translation>你自己的表达式（5.2）</translation>
    </message>
    <message>
        <source>2 apples at 100 each, tax 1.1: what you pay is 220.</source>
        <translation>2 个苹果，每个 100 元，消费税 1.1：支付金额是 220 元。</translation>
    </message>
    <message>
        <source>2 apples at 100 and 3 oranges at 150, tax 1.1: 715 in all.</source>
        <translation>2 个 100 元的苹果和 3 个 150 元的橘子，消费税 1.1：一共 715 元。</translation>
    </message>
    <message>
        <source>y = sigmoid(w·x + b) with the sigmoid written as ×(−1), exp, +1 and 1/x.</source>
        <translation>y = sigmoid(w·x + b)，其中 sigmoid 展开为 ×(−1)、exp、+1 和 1/x。</translation>
    </message>
    <message>
        <source>The same neuron with the sigmoid as one node: dx = dout·y·(1−y).</source>
        <translation>同一个神经元，sigmoid 合并为一个节点：dx = dout·y·(1−y)。</translation>
    </message>
    <message>
        <source>Each layer is np.dot(x, W) + b and an activation; the book&apos;s weights and x = [1.0, 0.5] give y = [0.3168, 0.6963].</source>
        <translation>每一层都是 np.dot(x, W) + b 再加一个激活函数；用书中的权重和 x = [1.0, 0.5] 得到 y = [0.3168, 0.6963]。</translation>
    </message>
    <message>
        <source>A batch of 2 samples through the layers of chapter 5; the arrows carry matrices.</source>
        <translation>一个含 2 个样本的批次通过第5章的各层；箭头上传递的是矩阵。</translation>
    </message>
    <message>
        <source>Type a formula: its computational graph is built and stepped like the book&apos;s. Backward, each step shows the chain rule with its numbers.</source>
        <translation>输入一个式子：生成它的计算图，并像书中的例子一样逐步计算。反向传播时，每一步都用数字写出链式法则。</translation>
    </message>
    <message>
        <source>A computational graph splits a calculation into simple nodes. Forward, each node computes its output (blue, above the arrows). Backward, each node multiplies the gradient coming from the right by its local derivative and passes it on (red, below the arrows): that is backpropagation.</source>
        <translation>计算图把计算拆成简单的节点。正向传播时，每个节点计算自己的输出（蓝色，写在箭头上方）。反向传播时，每个节点把从右边传来的梯度乘以自己的局部导数，再传给左边（红色，写在箭头下方）：这就是误差反向传播。</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>计算图</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>逐步执行</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Keys: → next, ← previous, space play/pause.</source>
        <translation>按键：→ 下一步，← 上一步，空格 播放/暂停。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Book&apos;s values</source>
        <translation>恢复书中的数值</translation>
    </message>
    <message>
        <source>{0} cannot take this value (labels t are 0 or 1): it was put back.</source>
        <translation>{0} 不能取这个值（监督标签 t 只能是 0 或 1）：已恢复原值。</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Step 0 of {0}: nothing computed yet.</source>
        <translation>第 0 步（共 {0} 步）：还没有计算。</translation>
    </message>
    <message>
        <source>Step {0} of {1}: forward.</source>
        <translation>第 {0} 步（共 {1} 步）：正向传播。</translation>
    </message>
    <message>
        <source>Step {0} of {1}: backward.</source>
        <translation>第 {0} 步（共 {1} 步）：反向传播。</translation>
    </message>
    <message>
        <source>The expression {0} could not be read; skipped.</source>
        <translation>无法读取表达式 {0}，已跳过。</translation>
    </message>
    <message>
        <source>The graph has no input {0}; skipped.</source>
        <translation>该计算图没有输入 {0}，已跳过。</translation>
    </message>
</context>
<context>
    <name>BackpropText</name>
    <message>
        <source>apple</source>
        <translation>苹果</translation>
    </message>
    <message>
        <source>apple count</source>
        <translation>苹果的个数</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>橘子</translation>
    </message>
    <message>
        <source>orange count</source>
        <translation>橘子的个数</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>消费税</translation>
    </message>
    <message>
        <source>price</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <source>Multiply node</source>
        <translation>乘法节点</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>加法节点</translation>
    </message>
    <message>
        <source>exp node</source>
        <translation>exp节点</translation>
    </message>
    <message>
        <source>Division node (1/x)</source>
        <translation>除法节点（1/x）</translation>
    </message>
    <message>
        <source>Sigmoid node</source>
        <translation>sigmoid节点</translation>
    </message>
    <message>
        <source>Identity function</source>
        <translation>恒等函数</translation>
    </message>
    <message>
        <source>dot node (matrix product)</source>
        <translation>dot节点（矩阵乘积）</translation>
    </message>
    <message>
        <source>Affine layer</source>
        <translation>Affine层</translation>
    </message>
    <message>
        <source>ReLU layer</source>
        <translation>ReLU层</translation>
    </message>
    <message>
        <source>Softmax-with-Loss layer</source>
        <translation>Softmax-with-Loss层</translation>
    </message>
    <message>
        <source>Subtract node</source>
        <translation>减法节点</translation>
    </message>
    <message>
        <source>Division node (x/y)</source>
        <translation>除法节点（x/y）</translation>
    </message>
    <message>
        <source>Minus node (−x)</source>
        <translation>负号节点（−x）</translation>
    </message>
    <message>
        <source>Power node</source>
        <translation>幂节点</translation>
    </message>
    <message>
        <source>log node</source>
        <translation>log节点</translation>
    </message>
    <message>
        <source>tanh node</source>
        <translation>tanh节点</translation>
    </message>
    <message>
        <source>A multiply node swaps its inputs on the way back: each input&apos;s gradient is dout times the other input.</source>
        <translation>乘法节点反向传播时会“翻转”输入：每个输入的梯度等于 dout 乘以另一个输入。</translation>
    </message>
    <message>
        <source>An add node passes dout back unchanged to both inputs.</source>
        <translation>加法节点把 dout 原封不动地传给两个输入。</translation>
    </message>
    <message>
        <source>The derivative of exp(x) is exp(x) itself: dout times the node&apos;s output.</source>
        <translation>exp(x) 的导数就是 exp(x) 本身：dout 乘以该节点的输出。</translation>
    </message>
    <message>
        <source>The derivative of 1/x is −1/x², that is −out².</source>
        <translation>1/x 的导数是 −1/x²，也就是 −out²。</translation>
    </message>
    <message>
        <source>The sigmoid&apos;s gradient needs only its output y: dout · y · (1 − y). It is the whole expanded graph (×, exp, +, /) folded into one node.</source>
        <translation>sigmoid 的梯度只需要它的输出 y：dout · y · (1 − y)。它就是把展开的计算图（×、exp、+、/）合并成一个节点。</translation>
    </message>
    <message>
        <source>The identity function passes dout back unchanged.</source>
        <translation>恒等函数把 dout 原封不动地传回去。</translation>
    </message>
    <message>
        <source>A matrix product: each input&apos;s gradient is dout times the transpose of the other input, so the shapes match again.</source>
        <translation>矩阵乘积：每个输入的梯度等于 dout 乘以另一个输入的转置，这样形状正好对得上。</translation>
    </message>
    <message>
        <source>The Affine layer is a dot node followed by an add node: the shapes of dx, dW and db are those of x, W and b; db sums dout over the batch.</source>
        <translation>Affine层就是一个dot节点加一个加法节点：dx、dW、db 的形状与 x、W、b 相同；db 是 dout 在批次方向上的总和。</translation>
    </message>
    <message>
        <source>ReLU lets dout through where its input was positive and sends back 0 elsewhere, like a switch.</source>
        <translation>ReLU 像开关一样：正向传播时输入大于 0 的地方让 dout 通过，其余地方传回 0。</translation>
    </message>
    <message>
        <source>Softmax followed by the cross-entropy error has the neat gradient (y − t) / N: the prediction minus the label, averaged over the batch.</source>
        <translation>Softmax 加交叉熵误差的梯度非常漂亮：(y − t) / N，即输出减去监督标签，再对批次取平均。</translation>
    </message>
    <message>
        <source>A subtract node passes dout back to x, and −dout to y.</source>
        <translation>减法节点把 dout 原样传给 x，把 −dout 传给 y。</translation>
    </message>
    <message>
        <source>x/y is x times 1/y: x gets dout/y, y gets dout times the derivative of 1/y, −x/y².</source>
        <translation>x/y 就是 x 乘以 1/y：x 得到 dout/y，y 得到 dout 乘以 1/y 的导数，即 −x/y²。</translation>
    </message>
    <message>
        <source>A minus sign flips dout&apos;s sign.</source>
        <translation>负号把 dout 的符号反过来。</translation>
    </message>
    <message>
        <source>The derivative of x^c is c·x^(c−1): for t², it is 2t.</source>
        <translation>x^c 的导数是 c·x^(c−1)：t² 的导数是 2t。</translation>
    </message>
    <message>
        <source>The derivative of log(x) is 1/x.</source>
        <translation>log(x) 的导数是 1/x。</translation>
    </message>
    <message>
        <source>The derivative of tanh(x) is 1 − tanh(x)², from the node&apos;s output.</source>
        <translation>tanh(x) 的导数是 1 − tanh(x)²，由节点的输出算出。</translation>
    </message>
    <message>
        <source>Press Next (→) to run the first node forward. The values above the arrows are computed from left to right; then the gradients below the arrows come back from right to left.</source>
        <translation>按“下一步”（→）让第一个节点做正向传播。箭头上方的值从左到右依次算出；然后箭头下方的梯度从右向左传回来。</translation>
    </message>
    <message>
        <source>Press Next (→) to run the first node forward. Chapter 3 has only the forward pass: np.dot(x, W) + b and the activation function, layer after layer.</source>
        <translation>按“下一步”（→）让第一个节点做正向传播。第3章只有正向传播：逐层计算 np.dot(x, W) + b 和激活函数。</translation>
    </message>
    <message>
        <source>Step {0} of {1} · backward · {2}</source>
        <translation>第 {0} 步（共 {1} 步）· 反向传播 · {2}</translation>
    </message>
    <message>
        <source>Step {0} of {1} · forward · {2}</source>
        <translation>第 {0} 步（共 {1} 步）· 正向传播 · {2}</translation>
    </message>
    <message>
        <source>Local rule:</source>
        <translation>局部规则：</translation>
    </message>
    <message>
        <source>Done: every gradient is known. Reset (or ←) to go through it again.</source>
        <translation>完成：所有梯度都已求出。按“重置”（或 ←）可以再看一遍。</translation>
    </message>
    <message>
        <source>Done: this is the network&apos;s output y. Reset (or ←) to go through it again.</source>
        <translation>完成：这就是神经网络的输出 y。按“重置”（或 ←）可以再看一遍。</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>Training looks at a &lt;b&gt;mini-batch&lt;/b&gt;: a few images drawn at random, whose mean loss stands in for the loss of all 60,000 (Chapter 4.2.3). For a batch of N, cross-entropy is the mean over the batch: E = −1/N Σ&lt;sub&gt;n&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;nk&lt;/sub&gt; log y&lt;sub&gt;nk&lt;/sub&gt;.</source>
        <translation>学习时只看一个 &lt;b&gt;mini-batch&lt;/b&gt;：随机抽出的少量图像，用它们的平均损失代替全部 60,000 张图像的损失（第 4.2.3 节）。N 个数据的交叉熵误差是整个批的平均：E = −1/N Σ&lt;sub&gt;n&lt;/sub&gt; Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;nk&lt;/sub&gt; log y&lt;sub&gt;nk&lt;/sub&gt;。</translation>
    </message>
    <message>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <source>Could not prepare MNIST: {0}</source>
        <translation>无法准备 MNIST：{0}</translation>
    </message>
    <message>
        <source>Reading MNIST and training the book&apos;s TwoLayerNet for a few seconds, so that its losses differ from image to image…</source>
        <translation>正在读取 MNIST，并把书中的 TwoLayerNet 训练几秒钟，使每张图像的损失各不相同……</translation>
    </message>
    <message>
        <source>The MNIST training images are needed here.</source>
        <translation>这里需要 MNIST 的训练图像。</translation>
    </message>
    <message>
        <source>Load MNIST</source>
        <translation>读入 MNIST</translation>
    </message>
    <message>
        <source>A mini-batch (Chapter 4.2.3–4.2.4)</source>
        <translation>一个 mini-batch（第 4.2.3–4.2.4 节）</translation>
    </message>
    <message>
        <source>Batch size N:</source>
        <translation>批大小 N：</translation>
    </message>
    <message>
        <source>Draw np.random.choice(60000, N)</source>
        <translation>抽取 np.random.choice(60000, N)</translation>
    </message>
    <message>
        <source>t one-hot:&lt;br&gt;&lt;tt&gt;−Σ t·log(y + δ) / N&lt;/tt&gt;</source>
        <translation>t 为 one-hot 表示：&lt;br&gt;&lt;tt&gt;−Σ t·log(y + δ) / N&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>t as labels:&lt;br&gt;&lt;tt&gt;−Σ log(y[arange(N), t] + δ) / N&lt;/tt&gt;</source>
        <translation>t 为标签形式：&lt;br&gt;&lt;tt&gt;−Σ log(y[arange(N), t] + δ) / N&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>All 60,000 images:</source>
        <translation>全部 60,000 张图像：</translation>
    </message>
    <message>
        <source>Sample live</source>
        <translation>连续抽样</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>batch size N</source>
        <translation>批大小 N</translation>
    </message>
    <message>
        <source>mean loss of a batch</source>
        <translation>一个批的平均损失</translation>
    </message>
    <message>
        <source>Red line: all 60,000 · dots: batches · dashes: ± one standard deviation</source>
        <translation>红线：全部 60,000 张 · 点：各个批 · 虚线：± 一个标准差</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each dot is one batch&apos;s mean loss. Small batches stray far from the red line; by N = 100 they stay close: the spread shrinks like 1/√N. That is why a mini-batch of 100 is a good enough stand-in for the whole set, at 1/600 of the cost.&lt;/p&gt;&lt;p&gt;Under each image: its label t and its own loss −log y&lt;sub&gt;t&lt;/sub&gt;. The network is the book&apos;s TwoLayerNet after a few hundred steps of training.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个点是一个批的平均损失。小批离红线很远；到 N = 100 时已经很接近：离散程度按 1/√N 缩小。所以 100 个数据的 mini-batch 足以代替整个训练集，而计算量只有 1/600。&lt;/p&gt;&lt;p&gt;每张图像下方：它的标签 t 和它自己的损失 −log y&lt;sub&gt;t&lt;/sub&gt;。神经网络是书中的 TwoLayerNet，只训练了几百步。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>BuilderPanel</name>
    <message>
        <source>Hidden layer {0} needs at least 1 unit.</source>
        <translation>隐藏层 {0} 至少需要 1 个神经元。</translation>
    </message>
    <message>
        <source>The hidden layer needs at least 1 unit.</source>
        <translation>隐藏层至少需要 1 个神经元。</translation>
    </message>
    <message>
        <source>Use at most {0} hidden layers.</source>
        <translation>隐藏层最多 {0} 层。</translation>
    </message>
    <message>
        <source>The dropout ratio must be at least 0 and below 1.</source>
        <translation>Dropout 比例必须大于等于 0 且小于 1。</translation>
    </message>
    <message>
        <source>Weight decay λ cannot be negative.</source>
        <translation>权值衰减 λ 不能为负。</translation>
    </message>
    <message>
        <source>The padding cannot be negative.</source>
        <translation>填充不能为负。</translation>
    </message>
    <message>
        <source>Use at least 1 filter.</source>
        <translation>至少需要 1 个滤波器。</translation>
    </message>
    <message>
        <source>The filter size must be at least 1.</source>
        <translation>滤波器大小至少为 1。</translation>
    </message>
    <message>
        <source>The stride must be at least 1.</source>
        <translation>步幅至少为 1。</translation>
    </message>
    <message>
        <source>The batch size must be at least 1.</source>
        <translation>批大小至少为 1。</translation>
    </message>
    <message>
        <source>Train for at least 1 epoch.</source>
        <translation>至少训练 1 个 epoch。</translation>
    </message>
    <message>
        <source>This value must be at least 1.</source>
        <translation>这个值至少为 1。</translation>
    </message>
    <message>
        <source>A {0}×{0} filter is larger than its {1}×{1} input (28 pixels plus the padding).</source>
        <translation>{0}×{0} 的滤波器比它的 {1}×{1} 输入（28 像素加上填充）还大。</translation>
    </message>
    <message>
        <source>The convolution outputs {0}×{0} pixels: too few for the 2×2 pooling after it.</source>
        <translation>卷积输出只有 {0}×{0} 像素：不够后面的 2×2 池化使用。</translation>
    </message>
    <message>
        <source>The learning rate must be above 0.</source>
        <translation>学习率必须大于 0。</translation>
    </message>
    <message>
        <source>Use at least 1 training image.</source>
        <translation>至少需要 1 张训练图像。</translation>
    </message>
    <message>
        <source>MNIST has only {1} training images.</source>
        <translation>MNIST 只有 {1} 张训练图像。</translation>
    </message>
    <message>
        <source>The batch size ({0}) is larger than the training set ({1} images).</source>
        <translation>批大小（{0}）比训练数据（{1} 张图像）还大。</translation>
    </message>
    <message>
        <source>This setting is not possible: {0}.</source>
        <translation>无法使用这个设置：{0}。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Network (chapters 5–8)</source>
        <translation>神经网络（第 5–8 章）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fully connected (MLP)</source>
        <translation>全连接网络（MLP）</translation>
    </message>
    <message>
        <source>SimpleConvNet (ch. 7)</source>
        <translation>SimpleConvNet（第 7 章）</translation>
    </message>
    <message>
        <source>DeepConvNet (ch. 8)</source>
        <translation>DeepConvNet（第 8 章）</translation>
    </message>
    <message>
        <source>Hidden layers (units each)</source>
        <translation>隐藏层（各层神经元数）</translation>
    </message>
    <message>
        <source>Layer {0}</source>
        <translation>第 {0} 层</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>添加隐藏层</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>删除这一层</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>权重初始值</translation>
    </message>
    <message>
        <source>He: std √(2/n)</source>
        <translation>He 初始值：标准差 √(2/n)</translation>
    </message>
    <message>
        <source>Xavier: std √(1/n)</source>
        <translation>Xavier 初始值：标准差 √(1/n)</translation>
    </message>
    <message>
        <source>std 0.01</source>
        <translation>标准差 0.01</translation>
    </message>
    <message>
        <source>Batch normalization (ch. 6.3)</source>
        <translation>Batch Normalization（6.3 节）</translation>
    </message>
    <message>
        <source>Dropout ratio</source>
        <translation>Dropout 比例</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Weight decay λ</source>
        <translation>权值衰减 λ</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>滤波器个数</translation>
    </message>
    <message>
        <source>Filter size</source>
        <translation>滤波器大小</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>隐藏层神经元数</translation>
    </message>
    <message>
        <source>The book&apos;s deep network (ch. 8.1): six 3×3 convolutions with ReLU, three 2×2 poolings, two Affine layers with dropout, He initial weights. It learns slowly on a CPU: try a few thousand training images first.</source>
        <translation>书中的深度网络（8.1 节）：6 个带 ReLU 的 3×3 卷积层、3 个 2×2 池化层、2 个带 Dropout 的 Affine 层，使用 He 初始值。在 CPU 上学习很慢：先用几千张训练图像试试。</translation>
    </message>
    <message>
        <source>Training (chapter 6)</source>
        <translation>训练（第 6 章）</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>最优化方法</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>epoch 数</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>训练图像数</translation>
    </message>
    <message>
        <source>Few images (e.g. 300) make the network overfit: see chapter 6.4.</source>
        <translation>训练图像很少（例如 300 张）时，网络会过拟合：见 6.4 节。</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The same seed gives the same initial weights and batches.</source>
        <translation>相同的种子给出相同的权重初始值和 mini-batch。</translation>
    </message>
    <message>
        <source>Overfitting example (300 images, ch. 6.4)</source>
        <translation>过拟合示例（300 张图像，6.4 节）</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数个数</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Input channels c = 0, 1, 2</source>
        <translation>输入的通道 c = 0, 1, 2</translation>
    </message>
    <message>
        <source>Filter {0}, channel c</source>
        <translation>滤波器 {0} 的通道 c</translation>
    </message>
    <message>
        <source>Filter {0} on channel c</source>
        <translation>滤波器 {0} 作用于通道 c</translation>
    </message>
    <message>
        <source>The filter does not fit this padding and stride.</source>
        <translation>在这个填充和步幅下，滤波器放不进输入。</translation>
    </message>
    <message>
        <source>Input (N, C, H, W) = ({0}, {1}, {2}, {3}) ⊛ filters (FN, C, FH, FW) = ({4}, {1}, {5}, {6}) → output (N, FN, OH, OW) = ({0}, {4}, {7}, {8}).&lt;br&gt;A filter has as many channels as the input. Each channel of the filter slides over its own input channel; the results are added, plus the bias: one map per filter, so FN filters make FN maps.</source>
        <translation>输入 (N, C, H, W) = ({0}, {1}, {2}, {3}) ⊛ 滤波器 (FN, C, FH, FW) = ({4}, {1}, {5}, {6}) → 输出 (N, FN, OH, OW) = ({0}, {4}, {7}, {8})。&lt;br&gt;滤波器的通道数与输入的通道数相同。滤波器的每个通道在对应的输入通道上滑动；结果相加，再加上偏置：每个滤波器得到一张特征图，所以 FN 个滤波器得到 FN 张特征图。</translation>
    </message>
    <message>
        <source>sum over c + b{0} ({1:g}) =</source>
        <translation>对 c 求和 + b{0}（{1:g}）=</translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Book&apos;s version</source>
        <translation>书中的版本</translation>
    </message>
    <message>
        <source>Show the book&apos;s code beside ours, where ours differs on purpose</source>
        <translation>在我们的代码旁显示书中的代码（我们有意写得不同之处）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <source>Open the engine&apos;s source file</source>
        <translation>打开引擎的源文件</translation>
    </message>
    <message>
        <source>The book&apos;s backward writes zeros into dout itself; ours returns a new array, so the gradient a view is showing is never changed behind its back.</source>
        <translation>书中的 backward 直接把 0 写进 dout；我们的返回一个新数组，所以视图正在显示的梯度不会被悄悄改掉。</translation>
    </message>
    <message>
        <source>The book calls softmax, then cross_entropy_error with log(y + 1e-7); ours fuses them into one stable log-sum-exp: no log(0), no 1e-7, one (N, K) buffer.</source>
        <translation>书中先调用 softmax，再用 log(y + 1e-7) 调用 cross_entropy_error；我们把两者合成一个数值稳定的 log-sum-exp：没有 log(0)，不需要 1e-7，只用一个 (N, K) 缓冲区。</translation>
    </message>
    <message>
        <source>The book runs im2col and np.argmax over every window; ours takes the maxima offset by offset and saves which offset won (the argmax) for backward.</source>
        <translation>书中对每个窗口先做 im2col 再用 np.argmax；我们按窗口内的偏移逐个取最大值，并记下哪个偏移胜出（即 argmax），供 backward 使用。</translation>
    </message>
    <message>
        <source>The book computes col @ W.reshape(FN, -1).T + b; ours takes the same product transposed, so the output needs no transposing copy, and reuses its buffers.</source>
        <translation>书中计算 col @ W.reshape(FN, -1).T + b；我们计算同一个乘积的转置，因此输出不需要转置复制，并且重复使用缓冲区。</translation>
    </message>
    <message>
        <source>The book fills a 6-D array of zeros and transposes it; ours fills the transposed matrix directly (im2col_t) and returns its transpose.</source>
        <translation>书中先填充一个 6 维的零数组再转置；我们直接填充转置后的矩阵（im2col_t），再返回它的转置。</translation>
    </message>
    <message>
        <source>The book draws weights from global np.random in float64; ours takes a np.random.Generator and trains in float32 (half the memory).</source>
        <translation>书中用全局的 np.random 以 float64 生成权重；我们使用传入的 np.random.Generator，并以 float32 训练（内存减半）。</translation>
    </message>
    <message>
        <source># This view runs no engine code of its own.</source>
        <translation># 这个视图不运行自己的引擎代码。</translation>
    </message>
    <message>
        <source># The source of {0} is not installed with this copy of nnviz.</source>
        <translation># 这份 nnviz 没有安装 {0} 的源代码。</translation>
    </message>
    <message>
        <source>{0}, line {1}</source>
        <translation>{0}，第 {1} 行</translation>
    </message>
    <message>
        <source>The book&apos;s version:</source>
        <translation>书中的版本：</translation>
    </message>
    <message>
        <source>No program to open {0} was found; Copy takes the code.</source>
        <translation>找不到能打开 {0} 的程序；可以用“复制”取走代码。</translation>
    </message>
</context>
<context>
    <name>ConvolutionTab</name>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Chapter 7: convolution, pooling and im2col</source>
        <translation>第7章：卷积、池化和 im2col</translation>
    </message>
    <message>
        <source>Convolution (7.2)</source>
        <translation>卷积运算（7.2）</translation>
    </message>
    <message>
        <source>Max pooling (7.3)</source>
        <translation>Max 池化（7.3）</translation>
    </message>
    <message>
        <source>Average pooling (7.3)</source>
        <translation>Average 池化（7.3）</translation>
    </message>
    <message>
        <source>The book&apos;s 4×4 example</source>
        <translation>书中的 4×4 例子</translation>
    </message>
    <message>
        <source>An MNIST test digit</source>
        <translation>MNIST 测试数字</translation>
    </message>
    <message>
        <source>The digit from the pad</source>
        <translation>手写板上的数字</translation>
    </message>
    <message>
        <source>Typed values</source>
        <translation>输入数值</translation>
    </message>
    <message>
        <source>The book&apos;s 3×3 filter</source>
        <translation>书中的 3×3 滤波器</translation>
    </message>
    <message>
        <source>Vertical edges</source>
        <translation>竖直边缘</translation>
    </message>
    <message>
        <source>Blur (average)</source>
        <translation>模糊（平均）</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>锐化</translation>
    </message>
    <message>
        <source>Learned filter (bundled model)</source>
        <translation>学习后的滤波器（自带模型）</translation>
    </message>
    <message>
        <source>A filter slides over the input. At each position the pixels under it are multiplied by the filter&apos;s weights, element by element, and summed (plus the bias): that sum is one cell of the output. Step through it with the buttons or the ← → keys.</source>
        <translation>滤波器在输入数据上滑动。在每个位置，窗口内的像素与滤波器的权重逐元素相乘再求和（加上偏置）：这个和就是输出的一个元素。用按钮或 ← → 键逐步查看。</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>滑动窗口</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>im2col</source>
        <translation>im2col</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>网络内部</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>运算</translation>
    </message>
    <message>
        <source>MNIST digit no.</source>
        <translation>MNIST 数字编号</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Rows separated by /, numbers by spaces</source>
        <translation>行之间用 / 分隔，数之间用空格分隔</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>滤波器</translation>
    </message>
    <message>
        <source>Filter no.</source>
        <translation>滤波器编号</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>偏置 b</translation>
    </message>
    <message>
        <source>Size, padding, stride</source>
        <translation>大小、填充、步幅</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>逐步执行</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>一次全部计算</translation>
    </message>
    <message>
        <source>Keys: → next, ← previous, space play/pause.</source>
        <translation>按键：→ 下一步，← 上一步，空格 播放/暂停。</translation>
    </message>
    <message>
        <source>Every layer of the model {0} for the digit from the pad, from the input to the softmax (for the bundled SimpleConvNet: Conv1 → ReLU → Pool → Affine → ReLU → Affine). Click a map of the first layers to see the filter that made it.</source>
        <translation>模型 {0} 对手写板上的数字从输入到 Softmax 的每一层输出（自带的 SimpleConvNet 为 Conv1 → ReLU → Pool → Affine → ReLU → Affine）。点击前几层的一张特征图，查看生成它的滤波器。</translation>
    </message>
    <message>
        <source>Every layer of the model {1} for an MNIST test digit (the one chosen as input, else digit no. {0}), from the input to the softmax (for the bundled SimpleConvNet: Conv1 → ReLU → Pool → Affine → ReLU → Affine). Click a map of the first layers to see the filter that made it.</source>
        <translation>模型 {1} 对一个 MNIST 测试数字（选为输入的那个，否则为第 {0} 号）从输入到 Softmax 的每一层输出（自带的 SimpleConvNet 为 Conv1 → ReLU → Pool → Affine → ReLU → Affine）。点击前几层的一张特征图，查看生成它的滤波器。</translation>
    </message>
    <message>
        <source>Input not changed: {0}</source>
        <translation>输入未更改：{0}</translation>
    </message>
    <message>
        <source>Filter not changed: {0}</source>
        <translation>滤波器未更改：{0}</translation>
    </message>
    <message>
        <source>no numbers: type rows like 1 2 3 / 4 5 6</source>
        <translation>没有数值：请按 1 2 3 / 4 5 6 的格式输入各行</translation>
    </message>
    <message>
        <source>at most {0} rows</source>
        <translation>最多 {0} 行</translation>
    </message>
    <message>
        <source>at most {0} numbers in a row</source>
        <translation>每行最多 {0} 个数</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>“{0}”不是数</translation>
    </message>
    <message>
        <source>every row needs the same number of values</source>
        <translation>每一行的数值个数必须相同</translation>
    </message>
    <message>
        <source>numbers must be finite</source>
        <translation>数值必须是有限的</translation>
    </message>
    <message>
        <source>a filter must be square (as many rows as columns)</source>
        <translation>滤波器必须是正方形（行数与列数相同）</translation>
    </message>
    <message>
        <source>Nothing drawn yet: write a digit on the pad of the Draw tab, then choose it here.</source>
        <translation>还没有写数字：先在「手写数字」页的手写板上写一个数字，再到这里选择它。</translation>
    </message>
    <message>
        <source>The pad is empty now: this is the digit drawn on it before.</source>
        <translation>手写板现在是空的：这里显示的是之前写的数字。</translation>
    </message>
    <message>
        <source>MNIST is not available on this computer.</source>
        <translation>这台电脑上没有 MNIST 数据集。</translation>
    </message>
    <message>
        <source>MNIST could not be read: {0}</source>
        <translation>无法读取 MNIST：{0}</translation>
    </message>
    <message>
        <source>The bundled model could not be read: {0}</source>
        <translation>无法读取自带的模型：{0}</translation>
    </message>
    <message>
        <source>This model has no convolution on grey images.</source>
        <translation>这个模型没有处理灰度图像的卷积层。</translation>
    </message>
    <message>
        <source>Filter size FH</source>
        <translation>滤波器大小 FH</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <source>Padding P = {0}</source>
        <translation>填充 P = {0}</translation>
    </message>
    <message>
        <source>Stride S = {0}</source>
        <translation>步幅 S = {0}</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Window {0} of {1}.</source>
        <translation>第 {0} 个窗口，共 {1} 个。</translation>
    </message>
    <message>
        <source>OH = (H + 2P − FH) / S + 1&lt;br&gt;= {0}&lt;br&gt;OW = {1}</source>
        <translation>OH = (H + 2P − FH) / S + 1&lt;br&gt;= {0}&lt;br&gt;OW = {1}</translation>
    </message>
    <message>
        <source>The filter ({0}×{0}) is larger than the padded input ({1}×{2}): no output.</source>
        <translation>滤波器（{0}×{0}）比填充后的输入（{1}×{2}）还大：没有输出。</translation>
    </message>
    <message>
        <source>(H + 2P − FH) / S is not an integer: the window does not land on the last rows or columns; the engine rounds down ({0}×{1}). Choose a stride or padding that divides evenly.</source>
        <translation>(H + 2P − FH) / S 不是整数：窗口到不了最后的行或列；程序向下取整（{0}×{1}）。请选择能整除的步幅或填充。</translation>
    </message>
    <message>
        <source>Shapes: input (N, C, H, W) = (1, 1, {0}, {1}); filter (FN, C, FH, FW) = (1, 1, {2}, {2}); output (N, FN, OH, OW) = (1, 1, {3}, {4}).</source>
        <translation>形状：输入 (N, C, H, W) = (1, 1, {0}, {1})；滤波器 (FN, C, FH, FW) = (1, 1, {2}, {2})；输出 (N, FN, OH, OW) = (1, 1, {3}, {4})。</translation>
    </message>
    <message>
        <source>Input {0}×{1}, padding {2}</source>
        <translation>输入 {0}×{1}，填充 {2}</translation>
    </message>
    <message>
        <source>Filter {0}×{0}</source>
        <translation>滤波器 {0}×{0}</translation>
    </message>
    <message>
        <source>Window {0}×{0}</source>
        <translation>窗口 {0}×{0}</translation>
    </message>
    <message>
        <source>Output: none</source>
        <translation>输出：无</translation>
    </message>
    <message>
        <source>Output {0}×{1}</source>
        <translation>输出 {0}×{1}</translation>
    </message>
    <message>
        <source>Press Next ▶ (or →) to put the window on the first position.</source>
        <translation>按“下一步 ▶”（或 →）把窗口放到第一个位置。</translation>
    </message>
    <message>
        <source>Window {0}: output cell (row {1}, column {2}).</source>
        <translation>第 {0} 个窗口：输出的第 {1} 行、第 {2} 列。</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>W1 before training (seed {0})</source>
        <translation>学习前的 W1（种子 {0}）</translation>
    </message>
    <message>
        <source>W1 after training</source>
        <translation>学习后的 W1</translation>
    </message>
    <message>
        <source>The network&apos;s answer: {0} ({1}).</source>
        <translation>网络的答案：{0}（{1}）。</translation>
    </message>
    <message>
        <source>{0}, map {1}: made from all the maps of the layer before it.</source>
        <translation>{0} 的第 {1} 张图：由前一层的所有特征图生成。</translation>
    </message>
    <message>
        <source>{0}, map {1}: made by filter no. {1}, now the filter on the Sliding window page.</source>
        <translation>{0} 的第 {1} 张图：由第 {1} 号滤波器生成，它现在是“滑动窗口”页上的滤波器。</translation>
    </message>
</context>
<context>
    <name>CurvesPanel</name>
    <message>
        <source>Accuracy is measured after every epoch (one pass over the training set).</source>
        <translation>每个 epoch（把训练数据全部用过一遍）结束时测量一次识别精度。</translation>
    </message>
    <message>
        <source>Accuracy after every epoch on all {0:,} training and {1:,} test images.</source>
        <translation>每个 epoch 结束时，用全部 {0:,} 张训练图像和 {1:,} 张测试图像测量识别精度。</translation>
    </message>
    <message>
        <source>To save time, accuracy after each epoch is measured on {0:,} of the {1:,} training images and on all {2:,} test images.</source>
        <translation>为节省时间，每个 epoch 结束时只用 {1:,} 张训练图像中的 {0:,} 张测量识别精度，测试图像则用全部 {2:,} 张。</translation>
    </message>
    <message>
        <source>To save time, accuracy after each epoch is measured on all {0:,} training images and on {1:,} of the {2:,} test images; the final result uses all test images.</source>
        <translation>为节省时间，每个 epoch 结束时用全部 {0:,} 张训练图像和 {2:,} 张测试图像中的 {1:,} 张测量识别精度；最终结果使用全部测试图像。</translation>
    </message>
    <message>
        <source>To save time, accuracy after each epoch is measured on {0:,} of the {1:,} training images and {2:,} of the {3:,} test images; the final result uses all test images.</source>
        <translation>为节省时间，每个 epoch 结束时只用 {1:,} 张训练图像中的 {0:,} 张和 {3:,} 张测试图像中的 {2:,} 张测量识别精度；最终结果使用全部测试图像。</translation>
    </message>
    <message>
        <source>Loss per iteration</source>
        <translation>每次迭代的损失函数</translation>
    </message>
    <message>
        <source>each mini-batch</source>
        <translation>每个 mini-batch</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>平滑后</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>cross-entropy error</source>
        <translation>交叉熵误差</translation>
    </message>
    <message>
        <source>Accuracy after each epoch</source>
        <translation>每个 epoch 的识别精度</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
</context>
<context>
    <name>DecisionLine</name>
    <message>
        <source>The line is outside the plot: drag this grip to bring it back.</source>
        <translation>直线在图外：拖动这个手柄把它拉回来。</translation>
    </message>
</context>
<context>
    <name>DescentPanel</name>
    <message>
        <source>Gradient descent (ch4.4): x ← x − η∇f(x). Each step goes against the gradient, η (the learning rate) times its size. Too large an η overshoots and diverges; too small an η barely moves.</source>
        <translation>梯度下降法（4.4节）：x ← x − η∇f(x)。每一步都沿梯度的反方向移动，步长是梯度大小的 η（学习率）倍。η 过大会越过最小值而发散；η 过小则几乎不动。</translation>
    </message>
    <message>
        <source>Learning rate η:</source>
        <translation>学习率 η：</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <source>The book&apos;s example, x0² + x1² from (−3, 4):</source>
        <translation>书中的例子，x0² + x1²，起点 (−3, 4)：</translation>
    </message>
    <message>
        <source>η = 0.1: converges</source>
        <translation>η = 0.1：收敛</translation>
    </message>
    <message>
        <source>η = 10: diverges</source>
        <translation>η = 10：发散</translation>
    </message>
    <message>
        <source>η = 1e-10: barely moves</source>
        <translation>η = 1e-10：几乎不动</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>Draw a digit</source>
        <translation>手写数字</translation>
    </message>
    <message>
        <source>Chapters 7–8: a convolutional network reads your handwriting</source>
        <translation>第7–8章：卷积神经网络识别你的手写数字</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>nnviz models (*.npz)</source>
        <translation>nnviz 模型 (*.npz)</translation>
    </message>
    <message>
        <source>Pen width: {0}</source>
        <translation>笔粗：{0}</translation>
    </message>
    <message>
        <source>28×28 input: ink = 1 (white), paper = 0</source>
        <translation>28×28 输入：笔迹 = 1（白），纸面 = 0</translation>
    </message>
    <message>
        <source>(Your pen is wide for a digit this small: the network gets it with strokes as thin as MNIST&apos;s.)</source>
        <translation>（对这么小的数字来说笔太粗了：网络得到的笔画和 MNIST 一样细。）</translation>
    </message>
    <message>
        <source>No model: no prediction.</source>
        <translation>没有模型，无法预测。</translation>
    </message>
    <message>
        <source>Not a digit yet — draw more.</source>
        <translation>还不是数字——再写几笔。</translation>
    </message>
    <message>
        <source>Draw a digit to see the network&apos;s guess.</source>
        <translation>写一个数字，看看网络的判断。</translation>
    </message>
    <message>
        <source>{0} sure it is a {1}</source>
        <translation>有 {0} 的把握是 {1}</translation>
    </message>
    <message>
        <source>Each row is one layer&apos;s output for your digit, from the input to softmax: a tile per map of a convolution or pooling layer (each on its own scale), a cell per neuron of an Affine layer. Blue = positive, red = negative, white = 0.</source>
        <translation>每一行是一层对你写的数字的输出，从输入到 Softmax：卷积层或池化层的每张特征图一个小图（各自按自己的范围着色），Affine 层的每个神经元一个格子。蓝色 = 正，红色 = 负，白色 = 0。</translation>
    </message>
    <message>
        <source>Each row is one layer&apos;s output for your digit, from the input to softmax: each hidden layer&apos;s neurons as a heat row, a cell per neuron. Blue = positive, red = negative, white = 0.</source>
        <translation>每一行是一层对你写的数字的输出，从输入到 Softmax：每个隐藏层的神经元排成一行热图，每个神经元一个格子。蓝色 = 正，红色 = 负，白色 = 0。</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <source>Draw a digit to see every layer&apos;s output.</source>
        <translation>写一个数字，查看每一层的输出。</translation>
    </message>
    <message>
        <source>The other bundled model is missing: nothing to compare with.</source>
        <translation>另一个自带模型不见了：没有可以比较的。</translation>
    </message>
    <message>
        <source>{0} will answer too.</source>
        <translation>{0} 也会给出答案。</translation>
    </message>
    <message>
        <source>{0} reads {1} ({2})</source>
        <translation>{0} 认为是 {1}（{2}）</translation>
    </message>
    <message>
        <source>They disagree!</source>
        <translation>两个网络意见不一！</translation>
    </message>
    <message>
        <source>Model: none</source>
        <translation>模型：无</translation>
    </message>
    <message>
        <source>Model: {0} ({1}, bundled with nnviz)</source>
        <translation>模型：{0}（{1}，nnviz 自带）</translation>
    </message>
    <message>
        <source>Model: {0}</source>
        <translation>模型：{0}</translation>
    </message>
    <message>
        <source>Model: {0} ({1})</source>
        <translation>模型：{0}（{1}）</translation>
    </message>
    <message>
        <source>The bundled model is missing ({0}). Train a network in the Training tab and send it to the drawing pad, or open a model file with File ▸ Open model…</source>
        <translation>找不到自带的模型（{0}）。请在“训练”页训练一个网络并把它交给手写板，或者用“文件 ▸ 打开模型…”打开一个模型文件。</translation>
    </message>
    <message>
        <source>Could not open this model: {0}</source>
        <translation>无法打开这个模型：{0}</translation>
    </message>
    <message>
        <source>The bundled model could not be loaded: {0}. Reinstall nnviz, or open another model with File ▸ Open model…</source>
        <translation>无法加载自带的模型：{0}。请重新安装 nnviz，或者用“文件 ▸ 打开模型…”打开其他模型。</translation>
    </message>
    <message>
        <source>This model cannot read 28×28 digits: {0}</source>
        <translation>这个模型无法读取 28×28 的数字图像：{0}</translation>
    </message>
    <message>
        <source>Chapters 7–8 · Draw a digit</source>
        <translation>第7–8章 · 手写数字</translation>
    </message>
    <message>
        <source>Write one digit (0-9) in the white square with the mouse or a pen. While you write, the drawing is turned into the network&apos;s input the way MNIST was made: the ink&apos;s bounding box (dashed) is scaled to 20×20 pixels and placed in a 28×28 image with its centre of mass (red cross) in the middle. The network computes a score per digit and softmax turns the scores into probabilities (chapter 3).</source>
        <translation>用鼠标或手写笔在白色方框里写一个数字（0–9）。书写的同时，图像会按照制作 MNIST 的方法变成网络的输入：笔迹的边界框（虚线）缩放到 20×20 像素，再放进 28×28 的图像，使重心（红色十字）位于中央。网络为每个数字计算一个得分，softmax 函数把得分变成概率（第3章）。</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>在这里写一个数字</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Erase the drawing (Esc)</source>
        <translation>擦掉全部笔迹（Esc）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Remove the last stroke (Ctrl+Z)</source>
        <translation>去掉最后一笔（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Thickness of the next strokes</source>
        <translation>之后笔画的粗细</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>SimpleConvNet (bundled)</source>
        <translation>SimpleConvNet（自带）</translation>
    </message>
    <message>
        <source>DeepConvNet (bundled)</source>
        <translation>DeepConvNet（自带）</translation>
    </message>
    <message>
        <source>Trained here (Training tab)</source>
        <translation>在这里训练的（“训练”页）</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>从文件打开…</translation>
    </message>
    <message>
        <source>Which network reads your digit: one of the two that come with nnviz, the one you trained in the Training tab, or a model file. Remembered for the next launch.</source>
        <translation>由哪个网络来识别你写的数字：nnviz 自带的两个网络之一、你在“训练”页训练的网络，或者一个模型文件。下次启动时仍会记得这个选择。</translation>
    </message>
    <message>
        <source>Compare with the other model</source>
        <translation>与另一个模型比较</translation>
    </message>
    <message>
        <source>Also show what the other bundled network reads (DeepConvNet beside SimpleConvNet): on hard digits they often disagree.</source>
        <translation>同时显示另一个自带网络的识别结果（DeepConvNet 与 SimpleConvNet 并列）：遇到难认的数字，它们常常意见不一。</translation>
    </message>
    <message>
        <source>Prediction: softmax probabilities</source>
        <translation>预测：softmax 输出的概率</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation>网络看到的图像</translation>
    </message>
    <message>
        <source>Every layer · blue &gt; 0, red &lt; 0</source>
        <translation>每一层 · 蓝 &gt; 0，红 &lt; 0</translation>
    </message>
    <message>
        <source>The model {0} could not be used; skipped.</source>
        <translation>无法使用模型 {0}，已跳过。</translation>
    </message>
</context>
<context>
    <name>ExperimentViews</name>
    <message>
        <source>epochs</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>识别精度</translation>
    </message>
    <message>
        <source>dashed: validation</source>
        <translation>虚线：验证数据</translation>
    </message>
    <message>
        <source>dashed: test images</source>
        <translation>虚线：测试数据</translation>
    </message>
    <message>
        <source>Solid: training images · {held}</source>
        <translation>实线：训练数据 · {held}</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>损失（平滑后）</translation>
    </message>
    <message>
        <source>Loss per mini-batch, smoothed as in the book</source>
        <translation>每个 mini-batch 的损失，按书中方法平滑</translation>
    </message>
    <message>
        <source>Best-{rank}: lr {lr:.2g}, λ {decay:.2g}</source>
        <translation>Best-{rank}：学习率 {lr:.2g}，λ {decay:.2g}</translation>
    </message>
    <message>
        <source>log₁₀ learning rate</source>
        <translation>log₁₀ 学习率</translation>
    </message>
    <message>
        <source>log₁₀ weight decay λ</source>
        <translation>log₁₀ 权值衰减 λ</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>验证数据的识别精度</translation>
    </message>
    <message>
        <source>The best trials so far, as the book&apos;s Figure 6-24</source>
        <translation>目前最好的几次试验（如书中图 6-24）</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>第 {n} 层</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>PNG image, screen size (*.png)</source>
        <translation>PNG 图片，屏幕大小 (*.png)</translation>
    </message>
    <message>
        <source>PNG image, 2× for print (*.png)</source>
        <translation>PNG 图片，2× 用于打印 (*.png)</translation>
    </message>
    <message>
        <source>PNG image, 4× for print (*.png)</source>
        <translation>PNG 图片，4× 用于打印 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>CSV data of the plots (*.csv)</source>
        <translation>图表数据 CSV (*.csv)</translation>
    </message>
    <message>
        <source>plot {0}</source>
        <translation>图 {0}</translation>
    </message>
    <message>
        <source>curve {0}</source>
        <translation>曲线 {0}</translation>
    </message>
    <message>
        <source>This view has no plotted curves to save as data.</source>
        <translation>此视图没有可保存为数据的曲线。</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
</context>
<context>
    <name>ExpressionBox</name>
    <message>
        <source>Chain rule: z = (x + y)² (5.2)</source>
        <translation>链式法则：z = (x + y)²（5.2）</translation>
    </message>
    <message>
        <source>Sigmoid as ×(−1), exp, +1, / (fig. 5-19)</source>
        <translation>展开的 sigmoid：×(−1)、exp、+1、/（图 5-19）</translation>
    </message>
    <message>
        <source>A neuron with sigmoid</source>
        <translation>使用 sigmoid 的神经元</translation>
    </message>
    <message>
        <source>Squared error ½(y − t)² (4.2.1)</source>
        <translation>均方误差 ½(y − t)²（4.2.1）</translation>
    </message>
    <message>
        <source>L = (a·b + c)·d</source>
        <translation>L = (a·b + c)·d</translation>
    </message>
    <message>
        <source>too long: {0} characters, at most {1}</source>
        <translation>太长：{0} 个字符，最多 {1} 个</translation>
    </message>
    <message>
        <source>more than {0} nested parentheses</source>
        <translation>括号嵌套超过 {0} 层</translation>
    </message>
    <message>
        <source>too many parts: at most {0}</source>
        <translation>部分太多：最多 {0} 个</translation>
    </message>
    <message>
        <source>nothing to compute: type an expression like z = (x + y)**2</source>
        <translation>没有可计算的内容：请输入表达式，例如 z = (x + y)**2</translation>
    </message>
    <message>
        <source>the left of = must be one short name, like z</source>
        <translation>= 的左边必须是一个简短的名字，例如 z</translation>
    </message>
    <message>
        <source>the output cannot also be an input</source>
        <translation>输出不能同时是输入</translation>
    </message>
    <message>
        <source>not a valid expression</source>
        <translation>不是有效的表达式</translation>
    </message>
    <message>
        <source>only numbers are allowed as constants</source>
        <translation>常数只能是数字</translation>
    </message>
    <message>
        <source>numbers must lie between −1,000,000 and 1,000,000</source>
        <translation>数字必须在 −1,000,000 和 1,000,000 之间</translation>
    </message>
    <message>
        <source>a variable is a short name (at most {0} letters, not starting with _)</source>
        <translation>变量是一个简短的名字（最多 {0} 个字母，不能以 _ 开头）</translation>
    </message>
    <message>
        <source>{0} needs parentheses: {0}(x)</source>
        <translation>{0} 需要括号：{0}(x)</translation>
    </message>
    <message>
        <source>the power must be a number, like x**2</source>
        <translation>幂的指数必须是数字，例如 x**2</translation>
    </message>
    <message>
        <source>the power must lie between −10 and 10</source>
        <translation>幂的指数必须在 −10 和 10 之间</translation>
    </message>
    <message>
        <source>only + − * / and ** are allowed</source>
        <translation>只允许 + − * / 和 **</translation>
    </message>
    <message>
        <source>only a minus sign may stand before a value</source>
        <translation>值的前面只能有负号</translation>
    </message>
    <message>
        <source>only exp, log, sigmoid, relu and tanh can be called</source>
        <translation>只能调用 exp、log、sigmoid、relu 和 tanh</translation>
    </message>
    <message>
        <source>{0} takes one argument: {0}(x)</source>
        <translation>{0} 只接受一个参数：{0}(x)</translation>
    </message>
    <message>
        <source>not allowed in an expression</source>
        <translation>表达式中不允许使用</translation>
    </message>
    <message>
        <source>Your expression</source>
        <translation>你的表达式</translation>
    </message>
    <message>
        <source>Start from an example…</source>
        <translation>从例子开始…</translation>
    </message>
    <message>
        <source>Build the graph (Enter)</source>
        <translation>生成计算图（回车）</translation>
    </message>
    <message>
        <source>Numbers, names, + − * /, ** with a number, exp, log, sigmoid, relu, tanh and parentheses. Set the variables under Inputs.</source>
        <translation>可以使用数字、名字、+ − * /、指数为数字的 **、exp、log、sigmoid、relu、tanh 和括号。变量的值在“输入”中设置。</translation>
    </message>
    <message>
        <source>Column {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message>
        <source>The graph shown is still the last one that worked.</source>
        <translation>显示的仍是上一个有效的计算图。</translation>
    </message>
</context>
<context>
    <name>FunctionBox</name>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>The book&apos;s example (ch4): a round bowl. Every arrow points straight at the minimum (0, 0), and arrows are longer where the bowl is steeper.</source>
        <translation>书中的例子（第4章）：一个圆碗。每个箭头都直指最小值 (0, 0)，碗壁越陡，箭头越长。</translation>
    </message>
    <message>
        <source>The book&apos;s example (ch6): flat along x, steep along y. Most arrows point across the valley rather than at the minimum, so plain SGD zigzags.</source>
        <translation>书中的例子（第6章）：沿 x 方向平缓，沿 y 方向陡峭。大多数箭头横穿山谷，而不是指向最小值，所以 SGD 会呈“之”字形前进。</translation>
    </message>
    <message>
        <source>Rosenbrock&apos;s banana valley: descent falls into the valley at once, then crawls along its flat floor towards the minimum (1, 1).</source>
        <translation>Rosenbrock 的香蕉形山谷：下降很快落入谷中，然后沿着平坦的谷底缓慢地爬向最小值 (1, 1)。</translation>
    </message>
    <message>
        <source>A saddle: the gradient is zero at (0, 0), yet it is a minimum along x0 and a maximum along x1. Descent slows down there, then slides off along x1.</source>
        <translation>鞍点：在 (0, 0) 处梯度为 0，但它沿 x0 方向是最小值、沿 x1 方向是最大值。下降在那里变慢，然后沿 x1 方向滑走。</translation>
    </message>
    <message>
        <source>Himmelblau&apos;s function has four minima (stars): where you click decides which one gradient descent finds.</source>
        <translation>Himmelblau 函数有四个最小值（星号）：单击的位置决定梯度下降法找到哪一个。</translation>
    </message>
</context>
<context>
    <name>GatePlot</name>
    <message>
        <source>s1 = NAND</source>
        <translation>s1 = 与非门</translation>
    </message>
    <message>
        <source>s2 = OR</source>
        <translation>s2 = 或门</translation>
    </message>
    <message>
        <source>target 0</source>
        <translation>目标 0</translation>
    </message>
    <message>
        <source>target 1</source>
        <translation>目标 1</translation>
    </message>
</context>
<context>
    <name>GradientCheckPanel</name>
    <message>
        <source>Gradient check (5.7.3)</source>
        <translation>梯度确认（5.7.3）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation>数值微分</translation>
    </message>
    <message>
        <source>|Difference|</source>
        <translation>|差|</translation>
    </message>
    <message>
        <source>All differences are below 1e-7: backpropagation is right.</source>
        <translation>所有差都小于 1e-7：反向传播的实现是正确的。</translation>
    </message>
    <message>
        <source>A difference is above 1e-7: an input of ReLU is probably too close to 0 for the numerical gradient.</source>
        <translation>有的差超过了 1e-7：可能是某个 ReLU 的输入太接近 0，数值微分在那里不准确。</translation>
    </message>
    <message>
        <source>numerical_gradient nudges each weight by ±1e-4 and measures the loss; backprop gets all of them in one backward pass.</source>
        <translation>numerical_gradient 把每个参数分别加减 1e-4 再计算损失；反向传播只需一次反向计算就得到全部梯度。</translation>
    </message>
</context>
<context>
    <name>GradientTab</name>
    <message>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Chapter 4: gradients and gradient descent · Chapter 6: optimizers</source>
        <translation>第4章：梯度与梯度下降法 · 第6章：最优化方法</translation>
    </message>
    <message>
        <source>Gradient and gradient descent</source>
        <translation>梯度与梯度下降法</translation>
    </message>
    <message>
        <source>The arrows show −∇f, the direction in which f falls fastest, computed with numerical_gradient (ch4.4). Click on the plot to start descending from there.</source>
        <translation>箭头表示 −∇f，即 f 减小最快的方向，由 numerical_gradient（4.4节）算出。在图上单击，就从该点开始下降。</translation>
    </message>
    <message>
        <source>Arrows of −∇f</source>
        <translation>−∇f 的箭头</translation>
    </message>
    <message>
        <source>Show arrows</source>
        <translation>显示箭头</translation>
    </message>
    <message>
        <source>Direction only</source>
        <translation>只显示方向</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Gradient descent (ch4)</source>
        <translation>梯度下降法（第4章）</translation>
    </message>
    <message>
        <source>Optimizer race (ch6)</source>
        <translation>最优化方法比较（第6章）</translation>
    </message>
    <message>
        <source>Arrows per side: {0}</source>
        <translation>每边箭头数：{0}</translation>
    </message>
    <message>
        <source>Speed: {0} steps/s</source>
        <translation>速度：每秒 {0} 步</translation>
    </message>
</context>
<context>
    <name>Im2colPage</name>
    <message>
        <source>im2col (7.4.3) copies every window into one row of a matrix. With the filter unrolled into a column, the whole convolution is one matrix product; reshaping its result gives the output map. The highlighted row is the current window.</source>
        <translation>im2col（7.4.3）把每个窗口展开为矩阵的一行。把滤波器展开为一列后，整个卷积运算就是一次矩阵乘积；把结果变形（reshape）即得到输出特征图。高亮的行就是当前窗口。</translation>
    </message>
    <message>
        <source>Time loops vs im2col</source>
        <translation>计时：循环 vs im2col</translation>
    </message>
    <message>
        <source>input, padded: {0}×{1}</source>
        <translation>输入（填充后）：{0}×{1}</translation>
    </message>
    <message>
        <source>col: {0} windows × {1} pixels</source>
        <translation>col：{0} 个窗口 × {1} 个像素</translation>
    </message>
    <message>
        <source>W: {0}×1</source>
        <translation>W：{0}×1</translation>
    </message>
    <message>
        <source>col @ W + b: {0}×1</source>
        <translation>col @ W + b：{0}×1</translation>
    </message>
    <message>
        <source>(no weights)</source>
        <translation>（没有权重）</translation>
    </message>
    <message>
        <source>max of each row: {0}×1</source>
        <translation>每行的最大值：{0}×1</translation>
    </message>
    <message>
        <source>mean of each row: {0}×1</source>
        <translation>每行的平均值：{0}×1</translation>
    </message>
    <message>
        <source>reshaped: {0}×{1}</source>
        <translation>变形后：{0}×{1}</translation>
    </message>
    <message>
        <source>Timing compares convolutions: choose Convolution.</source>
        <translation>计时比较的是卷积运算：请选择“卷积运算”。</translation>
    </message>
    <message>
        <source>Loops over {0} windows: {1:.3f} ms. im2col + one matrix product: {2:.3f} ms.</source>
        <translation>对 {0} 个窗口循环：{1:.3f} ms。im2col + 一次矩阵乘积：{2:.3f} ms。</translation>
    </message>
    <message>
        <source>im2col is {0:.1f}× as fast here.</source>
        <translation>这里 im2col 快 {0:.1f} 倍。</translation>
    </message>
    <message>
        <source>On an input this small the loops win: im2col&apos;s copying costs more than {0} steps. Try an MNIST digit.</source>
        <translation>输入这么小时循环更快：im2col 复制数据的开销比 {0} 步循环还多。试试 MNIST 数字。</translation>
    </message>
</context>
<context>
    <name>LearnBox</name>
    <message>
        <source>Learn: the perceptron learning rule</source>
        <translation>学习：感知机学习规则</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>How far one mistake moves w and b</source>
        <translation>每犯一次错，w 和 b 移动多少</translation>
    </message>
    <message>
        <source>Inputs shown per second while playing</source>
        <translation>播放时每秒展示的输入个数</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step shows the perceptron one input; every mistake moves the line: w ← w + η(t − y)x, b ← b + η(t − y). Play repeats it.</source>
        <translation>“单步”给感知机看一个输入；每犯一次错，直线就移动：w ← w + η(t − y)x，b ← b + η(t − y)。“播放”会不断重复。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged&lt;/b&gt; in epoch {0}: a whole epoch without a mistake. The line now separates the gate.</source>
        <translation>在第 {0} 轮&lt;b&gt;收敛&lt;/b&gt;：整整一轮没有犯错。这条直线现在能分开这个门的输入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No convergence&lt;/b&gt; after {0} epochs: every epoch still has mistakes and the line never settles. No straight line separates XOR.</source>
        <translation>{0} 轮之后仍&lt;b&gt;不收敛&lt;/b&gt;：每一轮都还有错误，直线始终停不下来。没有任何一条直线能分开异或门。</translation>
    </message>
    <message>
        <source>Not converged after {0} epochs yet: press Step or Play to go on.</source>
        <translation>{0} 轮后尚未收敛：按“单步”或“播放”继续。</translation>
    </message>
    <message>
        <source>Epoch {0}, input ({1}, {2}): output {3} = target {4}, so nothing changes.</source>
        <translation>第 {0} 轮，输入 ({1}, {2})：输出 {3} = 目标 {4}，所以不做改变。</translation>
    </message>
    <message>
        <source>Epoch {0}, input ({1}, {2}): output {3} ≠ target {4}, so the rule moves the line: w1 = {5:.2f}, w2 = {6:.2f}, b = {7:.2f}.</source>
        <translation>第 {0} 轮，输入 ({1}, {2})：输出 {3} ≠ 目标 {4}，所以规则移动直线：w1 = {5:.2f}，w2 = {6:.2f}，b = {7:.2f}。</translation>
    </message>
</context>
<context>
    <name>LearningTab</name>
    <message>
        <source>Learning</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Chapter 4: loss functions, mini-batches and the gradient of a network</source>
        <translation>第 4 章：损失函数、mini-batch 与神经网络的梯度</translation>
    </message>
    <message>
        <source>Loss functions</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Mini-batches</source>
        <translation>mini-batch 学习</translation>
    </message>
    <message>
        <source>Loss, not accuracy</source>
        <translation>损失而非识别精度</translation>
    </message>
    <message>
        <source>Gradient of a network</source>
        <translation>神经网络的梯度</translation>
    </message>
    <message>
        <source>Numerical gradient vs backprop</source>
        <translation>数值微分 vs 误差反向传播</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>打开课程(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Add this view as a lesson step</source>
        <translation>将当前视图添加为课程步骤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Recent lessons</source>
        <translation>最近的课程(&amp;R)</translation>
    </message>
    <message>
        <source>Sa&amp;ve lesson…</source>
        <translation>保存课程(&amp;V)…</translation>
    </message>
    <message>
        <source>Edi&amp;t the step&apos;s title and note…</source>
        <translation>编辑步骤的标题和说明(&amp;T)…</translation>
    </message>
    <message>
        <source>Le&amp;ssons</source>
        <translation>课程(&amp;S)</translation>
    </message>
    <message>
        <source>Next lesson step</source>
        <translation>课程的下一步</translation>
    </message>
    <message>
        <source>Previous lesson step</source>
        <translation>课程的上一步</translation>
    </message>
    <message>
        <source>Previous step (Page Up)</source>
        <translation>上一步（Page Up）</translation>
    </message>
    <message>
        <source>Next step (Page Down)</source>
        <translation>下一步（Page Down）</translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation>（未找到）</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>nnviz lessons (*.nnviz)</source>
        <translation>nnviz 课程 (*.nnviz)</translation>
    </message>
    <message>
        <source>Could not open the lesson {0}:</source>
        <translation>无法打开课程 {0}：</translation>
    </message>
    <message>
        <source>It has {0} steps: step {1} is shown, not step {2}.</source>
        <translation>这一课共有 {0} 步：显示的是第 {1} 步，而不是第 {2} 步。</translation>
    </message>
    <message>
        <source>The lesson {0} opened; these parts were skipped:</source>
        <translation>课程 {0} 已打开；以下部分被跳过：</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>The lesson&apos;s step shows the tab {0} in another state. There, now:
{1}

Show the step anyway?</source>
        <translation>课程的这一步会以另一种状态显示标签页“{0}”。该标签页现在：
{1}

仍然显示这一步吗？</translation>
    </message>
    <message>
        <source>the file cannot be read: {0}</source>
        <translation>无法读取文件：{0}</translation>
    </message>
    <message>
        <source>the file is larger than {0} bytes: not a lesson</source>
        <translation>文件大于 {0} 字节：不是课程文件</translation>
    </message>
    <message>
        <source>not a lesson file: the JSON is broken ({0})</source>
        <translation>不是课程文件：JSON 已损坏（{0}）</translation>
    </message>
    <message>
        <source>not an nnviz lesson file</source>
        <translation>不是 nnviz 课程文件</translation>
    </message>
    <message>
        <source>the lesson was written by a newer nnviz (version {0}; this one reads {1})</source>
        <translation>该课程由较新版本的 nnviz 写入（版本 {0}；本程序读取版本 {1}）</translation>
    </message>
    <message>
        <source>the lesson has no steps</source>
        <translation>该课程没有任何步骤</translation>
    </message>
    <message>
        <source>only the first {0} steps were read</source>
        <translation>只读取了前 {0} 个步骤</translation>
    </message>
    <message>
        <source>unknown entry “{0}” skipped</source>
        <translation>已跳过未知条目“{0}”</translation>
    </message>
    <message>
        <source>the lesson&apos;s title was skipped: {0}</source>
        <translation>已跳过课程标题：{0}</translation>
    </message>
    <message>
        <source>step {0} was skipped: {1}</source>
        <translation>已跳过第 {0} 步：{1}</translation>
    </message>
    <message>
        <source>step {0} was skipped: there is no tab “{1}”</source>
        <translation>已跳过第 {0} 步：没有名为“{1}”的标签页</translation>
    </message>
    <message>
        <source>step {0}: unknown entry “{1}” skipped</source>
        <translation>第 {0} 步：已跳过未知条目“{1}”</translation>
    </message>
    <message>
        <source>step {0}: its {1} was skipped: {2}</source>
        <translation>第 {0} 步：已跳过其{1}：{2}</translation>
    </message>
    <message>
        <source>step {0} ({1}): unknown setting “{2}” skipped</source>
        <translation>第 {0} 步（{1}）：已跳过未知设置“{2}”</translation>
    </message>
    <message>
        <source>step {0} ({1}): “{2}” skipped: {3}</source>
        <translation>第 {0} 步（{1}）：已跳过“{2}”：{3}</translation>
    </message>
    <message>
        <source>step {0} ({1}): the model file {2} is missing; skipped</source>
        <translation>第 {0} 步（{1}）：模型文件 {2} 不存在，已跳过</translation>
    </message>
    <message>
        <source>and {0} more problems</source>
        <translation>以及另外 {0} 个问题</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <source>it is not a list</source>
        <translation>它不是列表</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>它不是文本</translation>
    </message>
    <message>
        <source>it is not a number</source>
        <translation>它不是数字</translation>
    </message>
    <message>
        <source>it is not a whole number</source>
        <translation>它不是整数</translation>
    </message>
    <message>
        <source>it is not true or false</source>
        <translation>它不是 true 或 false</translation>
    </message>
    <message>
        <source>it must be between {0} and {1}</source>
        <translation>它必须在 {0} 到 {1} 之间</translation>
    </message>
    <message>
        <source>it must be one of {0}</source>
        <translation>它必须是以下之一：{0}</translation>
    </message>
    <message>
        <source>it is longer than {0}</source>
        <translation>它的长度超过 {0}</translation>
    </message>
    <message>
        <source>it must have {0} items</source>
        <translation>它必须有 {0} 项</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>step {0} could not be shown fully: {1}</source>
        <translation>第 {0} 步无法完整显示：{1}</translation>
    </message>
    <message>
        <source>Lesson step {0} of {1}</source>
        <translation>课程第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <source>Step {0} of {1} added: File ▸ Save lesson… keeps it</source>
        <translation>已添加第 {0} 步（共 {1} 步）：用“文件 ▸ 保存课程…”保存</translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation>课程步骤</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>课程标题</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>步骤标题</translation>
    </message>
    <message>
        <source>Note for the class</source>
        <translation>给学生的说明</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
</context>
<context>
    <name>LossPage</name>
    <message>
        <source>The network&apos;s answer: {0} (y = {1:.2f}). The correct label: {2} (y = {3:.2f}).</source>
        <translation>神经网络的答案：{0}（y = {1:.2f}）。正确解标签：{2}（y = {3:.2f}）。</translation>
    </message>
    <message>
        <source>A loss function says in one number how bad the network&apos;s output y is for the correct answer t (Chapter 4.2). The bars are the outputs of a softmax for one image: ten probabilities that always add up to 1. The green bar is the correct label.</source>
        <translation>损失函数用一个数表示神经网络的输出 y 相对于正确答案 t 有多差（第 4.2 节）。柱子是一张图像的 softmax 输出：十个概率，总和始终为 1。绿色的柱子是正确解标签。</translation>
    </message>
    <message>
        <source>Output y and label t</source>
        <translation>输出 y 与标签 t</translation>
    </message>
    <message>
        <source>Correct label t:</source>
        <translation>正确解标签 t：</translation>
    </message>
    <message>
        <source>Bar:</source>
        <translation>柱子：</translation>
    </message>
    <message>
        <source>Its y:</source>
        <translation>它的 y：</translation>
    </message>
    <message>
        <source>Book example</source>
        <translation>书中的例子</translation>
    </message>
    <message>
        <source>Favours 7</source>
        <translation>偏向 7</translation>
    </message>
    <message>
        <source>The book&apos;s y with 0.6 on 2, the correct label</source>
        <translation>书中的 y：0.6 在正确解标签 2 上</translation>
    </message>
    <message>
        <source>The same y with 0.6 on 7: a wrong answer</source>
        <translation>同样的 y，但 0.6 在 7 上：错误的答案</translation>
    </message>
    <message>
        <source>Drag a bar up or down, or click the bars and use ←/→ and ↑/↓. The other bars shrink or grow in proportion so that the sum stays 1.</source>
        <translation>上下拖动柱子，或点击柱子后用 ←/→ 和 ↑/↓。其他柱子按比例缩小或增大，使总和保持为 1。</translation>
    </message>
    <message>
        <source>The two losses (Chapter 4.2.1–4.2.2)</source>
        <translation>两种损失函数（第 4.2.1–4.2.2 节）</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>Cross-entropy error</source>
        <translation>交叉熵误差</translation>
    </message>
    <message>
        <source>class k</source>
        <translation>类别 k</translation>
    </message>
    <message>
        <source>y of the correct label</source>
        <translation>正确解标签的 y</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cross-entropy looks only at the correct label&apos;s y: with t one-hot, every other term is 0 × log y. It is −log y, the curve below the bars: 0 when y = 1, and steeper and steeper as y falls towards 0.&lt;/p&gt;&lt;p&gt;Why &lt;code&gt;delta = 1e-7&lt;/code&gt; in &lt;code&gt;cross_entropy_error&lt;/code&gt;: log 0 is −∞, so a y of exactly 0 would make the loss infinite and stop all learning. With the delta the worst value is −log(1e-7) ≈ 16.1. Drag the green bar to 0 to see it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;交叉熵误差只看正确解标签的 y：t 是 one-hot 表示，其他各项都是 0 × log y。它就是 −log y，即柱状图下方的曲线：y = 1 时为 0，y 越接近 0 越陡。&lt;/p&gt;&lt;p&gt;为什么 &lt;code&gt;cross_entropy_error&lt;/code&gt; 里有 &lt;code&gt;delta = 1e-7&lt;/code&gt;：log 0 是 −∞，y 恰好为 0 时损失会变成无穷大，学习就无法进行。加上 delta 后最坏的值是 −log(1e-7) ≈ 16.1。把绿色柱子拖到 0 就能看到。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>nnviz — Deep Learning from Scratch, made visible</source>
        <translation>nnviz —— 看得见的《深度学习入门》</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>保存模型(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>导出视图(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Code panel</source>
        <translation>代码面板(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Chapters of the book</source>
        <translation>本书章节(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About nnviz</source>
        <translation>关于 nnviz(&amp;A)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>{0}
Save it as a PNG or SVG picture instead.</source>
        <translation>{0}
请改为保存成 PNG 或 SVG 图片。</translation>
    </message>
    <message>
        <source>Could not write {0}:
{1}</source>
        <translation>无法写入 {0}：
{1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>The view is on the clipboard.</source>
        <translation>视图已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>nnviz models (*.npz)</source>
        <translation>nnviz 模型 (*.npz)</translation>
    </message>
    <message>
        <source>Could not open this model:
{0}</source>
        <translation>无法打开这个模型：
{0}</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>There is no model to save yet: train one first.</source>
        <translation>还没有可保存的模型：请先训练一个。</translation>
    </message>
    <message>
        <source>Chapters of the book</source>
        <translation>本书章节</translation>
    </message>
    <message>
        <source>&lt;h3&gt;nnviz {0}&lt;/h3&gt;&lt;p&gt;Deep learning from scratch, made visible: every idea of the book &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (Koki Saito; Chinese edition 《深度学习入门：基于Python的理论与实现》) built from NumPy and drawn on screen.&lt;/p&gt;&lt;p&gt;The engine is pure NumPy, written to be read next to the book.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;nnviz {0}&lt;/h3&gt;&lt;p&gt;看得见的深度学习：把斋藤康毅《深度学习入门：基于Python的理论与实现》中的每个概念都用 NumPy 从零实现，并画在屏幕上。&lt;/p&gt;&lt;p&gt;计算引擎只用 NumPy 编写，可以对照书本阅读。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About nnviz</source>
        <translation>关于 nnviz</translation>
    </message>
    <message>
        <source>Quit nnviz?</source>
        <translation>退出 nnviz？</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Numbers on an arrow</source>
        <translation>箭头上的数值</translation>
    </message>
    <message>
        <source>Click an arrow to see its numbers. Inputs can be edited: type in a cell.</source>
        <translation>点击箭头可查看它的数值。输入可以修改：在单元格中输入即可。</translation>
    </message>
    <message>
        <source>{0} {1}, forward value, editable:</source>
        <translation>{0} {1}，正向的值（可修改）：</translation>
    </message>
    <message>
        <source>{0} {1}, forward value:</source>
        <translation>{0} {1}，正向的值：</translation>
    </message>
    <message>
        <source>Its gradient ∂L/∂{0}:</source>
        <translation>它的梯度 ∂L/∂{0}：</translation>
    </message>
</context>
<context>
    <name>MnistDownload</name>
    <message>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <source>The MNIST folder you chose is incomplete:
{0}</source>
        <translation>你指定的 MNIST 文件夹不完整：
{0}</translation>
    </message>
    <message>
        <source>MNIST is missing</source>
        <translation>缺少 MNIST 数据集</translation>
    </message>
    <message>
        <source>The MNIST data set (11 MB) was not found on this computer.
Download it now? The files are checked by their SHA-256 sums.</source>
        <translation>在这台电脑上没有找到 MNIST 数据集（11 MB）。
现在下载吗？下载的文件会用 SHA-256 校验。</translation>
    </message>
    <message>
        <source>The download failed:
{0}</source>
        <translation>下载失败：
{0}</translation>
    </message>
    <message>
        <source>Downloading MNIST…</source>
        <translation>正在下载 MNIST…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>loss = {0:.4f}</source>
        <translation>损失 = {0:.4f}</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Nudge next weight&lt;/b&gt;: the loss is computed with that one weight raised by h = 0.0001 and lowered by h; (L(w + h) − L(w − h)) / 2h is its entry of dW.</source>
        <translation>按&lt;b&gt;微调下一个权重&lt;/b&gt;：把这一个权重加上 h = 0.0001 和减去 h，各算一次损失；(L(w + h) − L(w − h)) / 2h 就是它在 dW 中的元素。</translation>
    </message>
    <message>
        <source>dW[{0},{1}] = {2:.4f} &amp;gt; 0: raising W[{0},{1}] raises the loss (by about {2:.4f} × h). To learn, W[{0},{1}] must go &lt;b&gt;down&lt;/b&gt;: W ← W − η dW.</source>
        <translation>dW[{0},{1}] = {2:.4f} &amp;gt; 0：增大 W[{0},{1}] 会使损失增大（约 {2:.4f} × h）。为了学习，W[{0},{1}] 应该&lt;b&gt;减小&lt;/b&gt;：W ← W − η dW。</translation>
    </message>
    <message>
        <source>dW[{0},{1}] = {2:.4f} &amp;lt; 0: raising W[{0},{1}] lowers the loss (by about {3:.4f} × h). To learn, W[{0},{1}] must go &lt;b&gt;up&lt;/b&gt;: W ← W − η dW.</source>
        <translation>dW[{0},{1}] = {2:.4f} &amp;lt; 0：增大 W[{0},{1}] 会使损失减小（约 {3:.4f} × h）。为了学习，W[{0},{1}] 应该&lt;b&gt;增大&lt;/b&gt;：W ← W − η dW。</translation>
    </message>
    <message>
        <source>L(w + h) − L(w − h) = {0:.3e}, divided by 2h = 0.0002.</source>
        <translation>L(w + h) − L(w − h) = {0:.3e}，再除以 2h = 0.0002。</translation>
    </message>
    <message>
        <source>The larger |dW|, the more that weight matters to the loss right now.</source>
        <translation>|dW| 越大，这个权重此刻对损失的影响越大。</translation>
    </message>
    <message>
        <source>Loss as W[{0},{1}] moves (the other weights fixed)</source>
        <translation>W[{0},{1}] 变化时的损失（其他权重不变）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>The book&apos;s simpleNet (Chapter 4.4.2): one 2×3 weight matrix W, no bias. Its gradient dW says, for each of the six weights, how the loss changes when that weight alone changes a little. numerical_gradient finds it by nudging each weight by ±h in turn.</source>
        <translation>书中的 simpleNet（第 4.4.2 节）：一个 2×3 的权重矩阵 W，没有偏置。梯度 dW 表示六个权重中每一个单独稍微变化时损失如何变化。numerical_gradient 依次把每个权重微调 ±h 来求它。</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the book: &lt;code&gt;f = lambda w: net.loss(x, t)&lt;/code&gt; and &lt;code&gt;dW = numerical_gradient(f, net.W)&lt;/code&gt;. f ignores its argument: numerical_gradient changes net.W itself, one entry at a time and in place, and net.loss reads the changed W. That is also why it puts each entry back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;书中写的是 &lt;code&gt;f = lambda w: net.loss(x, t)&lt;/code&gt; 和 &lt;code&gt;dW = numerical_gradient(f, net.W)&lt;/code&gt;。f 并不使用它的参数：numerical_gradient 直接修改 net.W 本身，一次改一个元素（就地修改），net.loss 读取的就是改过的 W。这也是它每次都要把元素改回原值的原因。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>simpleNet</source>
        <translation>simpleNet</translation>
    </message>
    <message>
        <source>Book&apos;s W</source>
        <translation>书中的 W</translation>
    </message>
    <message>
        <source>Random W</source>
        <translation>随机 W</translation>
    </message>
    <message>
        <source>A new W = np.random.randn(2, 3), as in the book</source>
        <translation>和书中一样，新的 W = np.random.randn(2, 3)</translation>
    </message>
    <message>
        <source>dW, one weight at a time</source>
        <translation>dW：一次一个权重</translation>
    </message>
    <message>
        <source>Nudge next weight</source>
        <translation>微调下一个权重</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>差</translation>
    </message>
</context>
<context>
    <name>PerceptronTab</name>
    <message>
        <source>Perceptron</source>
        <translation>感知机</translation>
    </message>
    <message>
        <source>Chapter 2: the perceptron. One line separates AND, NAND, OR; XOR needs two layers.</source>
        <translation>第2章：感知机。一条直线就能分开与门、与非门、或门；异或门需要两层。</translation>
    </message>
    <message>
        <source>Chapter 2 · The perceptron</source>
        <translation>第2章 · 感知机</translation>
    </message>
    <message>
        <source>A perceptron outputs y = 1 when w1·x1 + w2·x2 + b &gt; 0 and y = 0 otherwise. In the plane of the inputs, w1·x1 + w2·x2 + b = 0 is a straight line and the shaded side is where y = 1. Drag the line or its round handles until every triangle is on the shaded side and every circle is not.</source>
        <translation>当 w1·x1 + w2·x2 + b &gt; 0 时感知机输出 y = 1，否则输出 y = 0。在输入构成的平面上，w1·x1 + w2·x2 + b = 0 是一条直线，着色的一侧就是 y = 1 的区域。拖动这条直线或它两端的圆形手柄，让所有三角形都在着色一侧、所有圆圈都不在。</translation>
    </message>
    <message>
        <source>Gate:</source>
        <translation>门：</translation>
    </message>
    <message>
        <source>Weights and bias</source>
        <translation>权重和偏置</translation>
    </message>
    <message>
        <source>weight of x1</source>
        <translation>x1 的权重</translation>
    </message>
    <message>
        <source>weight of x2</source>
        <translation>x2 的权重</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>Show the book&apos;s weights</source>
        <translation>使用书中的权重</translation>
    </message>
    <message>
        <source>Why can&apos;t one line do it? Explain now</source>
        <translation>为什么一条直线做不到？现在就解释</translation>
    </message>
    <message>
        <source>AND gate: y = 1 only when both inputs are 1.</source>
        <translation>与门（AND）：仅当两个输入都为 1 时 y = 1。</translation>
    </message>
    <message>
        <source>NAND gate (not AND): y = 0 only when both inputs are 1.</source>
        <translation>与非门（NAND）：仅当两个输入都为 1 时 y = 0。</translation>
    </message>
    <message>
        <source>OR gate: y = 1 when at least one input is 1.</source>
        <translation>或门（OR）：只要有一个输入为 1，y = 1。</translation>
    </message>
    <message>
        <source>XOR gate (exclusive OR): y = 1 when exactly one input is 1. Try to separate it with one line.</source>
        <translation>异或门（XOR）：仅当恰好一个输入为 1 时 y = 1。试试用一条直线把它分开。</translation>
    </message>
</context>
<context>
    <name>PlaygroundTab</name>
    <message>
        <source>Playground</source>
        <translation>游乐场</translation>
    </message>
    <message>
        <source>Chapters 5-6: a small network of the book&apos;s layers learns 2-D points live</source>
        <translation>第 5–6 章：用书中的层搭成的小网络实时学习二维数据点</translation>
    </message>
    <message>
        <source>Choose data and a network; press Play. The background shows which class the network predicts at each point; filled dots train it, hollow dots test it. Click on the plane to add a point. Changes apply at the next step.</source>
        <translation>选择数据和网络，然后按“播放”。背景颜色表示网络在每个位置预测的类别；实心点是训练数据，空心点是测试数据。在平面上点击可添加数据点。修改的设置从下一步起生效。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Save setup…</source>
        <translation>保存设置…</translation>
    </message>
    <message>
        <source>Open setup…</source>
        <translation>打开设置…</translation>
    </message>
    <message>
        <source>Load points from CSV…</source>
        <translation>从 CSV 载入数据点…</translation>
    </message>
    <message>
        <source>One point a line: x1,x2,label (label 0, 1, …)</source>
        <translation>每行一个点：x1,x2,标签（标签为 0、1、…）</translation>
    </message>
    <message>
        <source>Inputs → hidden neurons → outputs</source>
        <translation>输入 → 隐藏层神经元 → 输出</translation>
    </message>
    <message>
        <source>Each picture: the neuron&apos;s output over the plane. Hover over an edge: its weight.</source>
        <translation>每幅小图：该神经元在整个平面上的输出。鼠标停在连线上：显示该权重的值。</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Not applied: {0}</source>
        <translation>未应用：{0}</translation>
    </message>
    <message>
        <source>Training stopped: {0}</source>
        <translation>训练已停止：{0}</translation>
    </message>
    <message>
        <source>Speed: fastest</source>
        <translation>速度：最快</translation>
    </message>
    <message>
        <source>Speed: {0} steps/s</source>
        <translation>速度：每秒 {0} 步</translation>
    </message>
    <message>
        <source>Step {0} · training loss {1}, accuracy {2} · test loss {3}, accuracy {4}</source>
        <translation>第 {0} 步 · 训练损失 {1}，识别精度 {2} · 测试损失 {3}，识别精度 {4}</translation>
    </message>
    <message>
        <source>Save setup</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Playground setup (*.json)</source>
        <translation>游乐场设置 (*.json)</translation>
    </message>
    <message>
        <source>Open setup</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>the file is too large for a setup</source>
        <translation>文件太大，不是游乐场设置</translation>
    </message>
    <message>
        <source>Could not open the setup: {0}</source>
        <translation>无法打开设置：{0}</translation>
    </message>
    <message>
        <source>Load points</source>
        <translation>载入数据点</translation>
    </message>
    <message>
        <source>Points (*.csv *.txt)</source>
        <translation>数据点 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>the file is larger than 1 MB</source>
        <translation>文件超过 1 MB</translation>
    </message>
    <message>
        <source>Could not load the points: {0}</source>
        <translation>无法载入数据点：{0}</translation>
    </message>
    <message>
        <source>The setting {0} was skipped: {1}</source>
        <translation>已跳过设置 {0}：{1}</translation>
    </message>
    <message>
        <source>A point was skipped: {0}</source>
        <translation>已跳过一个数据点：{0}</translation>
    </message>
</context>
<context>
    <name>ProbabilityView</name>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>green: the true digit · red: the network&apos;s answer</source>
        <translation>绿色：正确的数字 · 红色：网络的回答</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RacePage</name>
    <message>
        <source>numerical gradient</source>
        <translation>数值微分</translation>
    </message>
    <message>
        <source>backpropagation</source>
        <translation>误差反向传播法</translation>
    </message>
    <message>
        <source>784-{0}-10 has {1:,} parameters: one numerical iteration is {2:,} forward passes of the batch.</source>
        <translation>784-{0}-10 有 {1:,} 个参数：数值微分的一次迭代要把整个批正向传播 {2:,} 次。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>Iterations: {0}
Parameters done in this pass: {1:,}
Time per iteration: {2} (estimated)
Loss: {3:.4f}</source>
        <translation>迭代次数：{0}
本轮已算完的参数：{1:,}
每次迭代用时：{2}（估计）
损失：{3:.4f}</translation>
    </message>
    <message>
        <source>Iterations: {0:,}
Time per iteration: {1}
Loss: {2:.4f}</source>
        <translation>迭代次数：{0:,}
每次迭代用时：{1}
损失：{2:.4f}</translation>
    </message>
    <message>
        <source>Measured: one numerical iteration takes as long as {0:,} backprop iterations.</source>
        <translation>实测：数值微分的一次迭代，用时相当于误差反向传播法的 {0:,} 次迭代。</translation>
    </message>
    <message>
        <source>Stopped by an error: {0}</source>
        <translation>因错误而停止：{0}</translation>
    </message>
    <message>
        <source>Computing the numerical gradient of 3 images…</source>
        <translation>正在计算 3 张图像的数值梯度……</translation>
    </message>
    <message>
        <source>Mean |backprop − numerical| per parameter:
{0}
Numerical: {1}, backprop: {2}. Tiny differences: backprop is right, and far faster.</source>
        <translation>各参数的 |误差反向传播法 − 数值微分| 平均值：
{0}
数值微分：{1}，误差反向传播法：{2}。差异极小：误差反向传播法的实现是正确的，而且快得多。</translation>
    </message>
    <message>
        <source>The book&apos;s TwoLayerNet learns MNIST twice at once, from the same start and the same batches: once with &lt;code&gt;numerical_gradient&lt;/code&gt; (Chapter 4.5), once with backpropagation, &lt;code&gt;gradient&lt;/code&gt; (Chapter 5.7). Each gets half of the worker.</source>
        <translation>书中的 TwoLayerNet 同时学习 MNIST 两次，初始值和 mini-batch 都相同：一次用 &lt;code&gt;numerical_gradient&lt;/code&gt;（第 4.5 节），一次用误差反向传播法 &lt;code&gt;gradient&lt;/code&gt;（第 5.7 节）。两者各占后台计算的一半时间。</translation>
    </message>
    <message>
        <source>The race</source>
        <translation>比赛</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <source>Hidden neurons:</source>
        <translation>隐藏层神经元：</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Numerical gradient</source>
        <translation>数值微分</translation>
    </message>
    <message>
        <source>Backpropagation</source>
        <translation>误差反向传播法</translation>
    </message>
    <message>
        <source>compute time of each run (s)</source>
        <translation>各自的计算时间（秒）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why training with the numerical gradient seems to hang:&lt;/b&gt; for every one of the 39,760 parameters it runs the whole batch through the network twice, with that weight nudged by +h and by −h. One update is about 80,000 forward passes; backpropagation gets all the gradients from one forward and one backward pass. Nothing is stuck: watch the parameter counter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;为什么用数值微分学习时看起来像卡住了：&lt;/b&gt;对 39,760 个参数中的每一个，都要把这个权重分别加上 +h 和 −h，把整个批在神经网络中正向传播两次。一次更新约要 80,000 次正向传播；误差反向传播法只需一次正向传播和一次反向传播就能求出全部梯度。程序并没有卡住：请看参数计数。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gradient check (Chapter 5.7.3)</source>
        <translation>梯度确认（第 5.7.3 节）</translation>
    </message>
    <message>
        <source>The slow numerical gradient is still useful: it checks that backpropagation is right. As in the book&apos;s gradient_check.py: 3 images, both gradients, the mean difference of each parameter.</source>
        <translation>缓慢的数值微分仍然有用：用它来确认误差反向传播法的实现是否正确。和书中的 gradient_check.py 一样：3 张图像，求两种梯度，比较每个参数的平均差。</translation>
    </message>
    <message>
        <source>Check the gradients</source>
        <translation>确认梯度</translation>
    </message>
</context>
<context>
    <name>RacePanel</name>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>The optimizers of chapter 6 start from the same point and take their steps together. Click on the plot to start the race there; change a learning rate to see its path change.</source>
        <translation>第6章的各种最优化方法从同一点出发，同步更新。在图上单击，就从该点重新开始；修改某个学习率，可以看到它的路径如何变化。</translation>
    </message>
    <message>
        <source>The book&apos;s race: x²/20 + y² from (−7, 2), 30 steps</source>
        <translation>书中的比较：x²/20 + y²，起点 (−7, 2)，30 步</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>最优化方法</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>Loss f(x)</source>
        <translation>损失 f(x)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>The first layer&apos;s weights appear here once training starts.</source>
        <translation>开始训练后，这里显示第 1 层的权重。</translation>
    </message>
    <message>
        <source>How training changed the weights into each of the first {0} hidden units, as 28×28 images (red up, blue down): the strokes each unit has learnt to look for.</source>
        <translation>训练使前 {0} 个隐藏层神经元的输入权重发生的变化，以 28×28 图像显示（红色增大，蓝色减小）：每个神经元学会寻找的笔画。</translation>
    </message>
    <message>
        <source>The weights into each of the first {0} hidden units, as 28×28 images (red positive, blue negative); the random start still hides what they learnt.</source>
        <translation>前 {0} 个隐藏层神经元的输入权重，以 28×28 图像显示（红色为正，蓝色为负）；随机的初始值仍然掩盖了学到的内容。</translation>
    </message>
    <message>
        <source>How training changed the {0} filters of the first convolution layer, {1}×{2} each, drawn as in the book&apos;s Figure 7-24 (black: the largest change, white: the smallest).</source>
        <translation>训练使第 1 个卷积层的 {0} 个滤波器（每个 {1}×{2}）发生的变化，画法与书中图 7-24 相同（黑色：变化最大，白色：变化最小）。</translation>
    </message>
    <message>
        <source>The {0} filters of the first convolution layer, {1}×{2} each, drawn as in the book&apos;s Figure 7-24 (black: the largest weight, white: the smallest): edge and stroke detectors emerge as it learns.</source>
        <translation>第 1 个卷积层的 {0} 个滤波器，每个 {1}×{2}，画法与书中图 7-24 相同（黑色：权重最大，白色：权重最小）：随着学习，出现了检测边缘和笔画的滤波器。</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>各层</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>第 1 层的权重</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Show only what training changed (W − W at the start)</source>
        <translation>只显示训练带来的变化（W − 初始的 W）</translation>
    </message>
    <message>
        <source>Misclassified digits</source>
        <translation>识别错误的数字</translation>
    </message>
    <message>
        <source>After training: how the test digits (rows) were read (columns).</source>
        <translation>训练结束后显示：测试数字（行）被识别成了什么（列）。</translation>
    </message>
    <message>
        <source>Misclassified digits ({0:,})</source>
        <translation>识别错误的数字（{0:,}）</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: the network&apos;s answer. The diagonal holds the {0:,} test digits read correctly, the red cells the {1:,} mistakes.</source>
        <translation>行：正确的数字；列：网络的回答。对角线上是识别正确的 {0:,} 个测试数字，红色单元格是 {1:,} 个错误。</translation>
    </message>
    <message>
        <source>Test image #{0}: a {1}, read as {2} ({3:.0%} sure)</source>
        <translation>测试图像 #{0}：数字 {1} 被识别为 {2}（概率 {3:.0%}）</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Class {0}</source>
        <translation>类别 {0}</translation>
    </message>
    <message>
        <source>Hidden layers: {0}</source>
        <translation>隐藏层：{0} 层</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>异或（XOR）</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆环</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>两团高斯分布</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>Clouds (3–5 classes)</source>
        <translation>多团点云（3–5 类）</translation>
    </message>
    <message>
        <source>Spiral arms (3–5 classes)</source>
        <translation>多臂螺旋（3–5 类）</translation>
    </message>
    <message>
        <source>My own points (click or load)</source>
        <translation>我的数据点（点击或载入）</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>测试数据比例</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>A click adds</source>
        <translation>点击添加</translation>
    </message>
    <message>
        <source>Input features:</source>
        <translation>输入特征：</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>删除最后一个隐藏层</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>添加一个隐藏层</translation>
    </message>
    <message>
        <source>He for ReLU, else Xavier</source>
        <translation>ReLU 用 He，其他用 Xavier</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He 初始值</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier 初始值</translation>
    </message>
    <message>
        <source>std 0.01</source>
        <translation>标准差 0.01</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>权重初始值</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch Norm</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout 比例</translation>
    </message>
    <message>
        <source>Weight decay λ</source>
        <translation>权值衰减 λ</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>最优化方法</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Play / pause (start / pause a training)</source>
        <translation>播放 / 暂停（开始 / 暂停训练）</translation>
    </message>
    <message>
        <source>in: {0}</source>
        <translation>适用于：{0}</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Stepped views (when no text field has the keyboard)</source>
        <translation>分步视图（输入框没有键盘焦点时）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>SolvedBanner</name>
    <message>
        <source>✓ Solved: all four inputs are right.</source>
        <translation>✓ 解决了：四个输入全部正确。</translation>
    </message>
    <message>
        <source>{0} of {1} inputs right: make every row green.</source>
        <translation>{1} 个输入中 {0} 个正确：让每一行都变绿。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Optimizer race, step {0} of {1}, from ({2:.3g}, {3:.3g})</source>
        <translation>最优化方法比较：第 {0} 步，共 {1} 步，起点 ({2:.3g}, {3:.3g})</translation>
    </message>
    <message>
        <source>Step {0}: x ran off the plot. This f has no minimum: it keeps falling along x1.</source>
        <translation>第 {0} 步：x 跑出了图。这个 f 没有最小值：沿 x1 方向一直在减小。</translation>
    </message>
    <message>
        <source>Diverged at step {0}: x = ({1:.3g}, {2:.3g}) left the plot and keeps growing. The learning rate η = {3:g} is too large.</source>
        <translation>第 {0} 步发散：x = ({1:.3g}, {2:.3g}) 跑出了图，并且还在变大。学习率 η = {3:g} 过大。</translation>
    </message>
    <message>
        <source>After {0} steps x has moved only {1:.2g}: the learning rate η = {2:g} is too small.</source>
        <translation>{0} 步之后 x 只移动了 {1:.2g}：学习率 η = {2:g} 过小。</translation>
    </message>
    <message>
        <source>Converged after {0} steps: x = ({1:.3g}, {2:.3g}), f(x) = {3:.3g}.</source>
        <translation>{0} 步后收敛：x = ({1:.3g}, {2:.3g})，f(x) = {3:.3g}。</translation>
    </message>
    <message>
        <source>After {0} steps: x = ({1:.3g}, {2:.3g}), f(x) = {3:.3g}, not at a minimum yet. Try more steps or another learning rate.</source>
        <translation>{0} 步之后：x = ({1:.3g}, {2:.3g})，f(x) = {3:.3g}，还没有到达最小值。请增加步数或换一个学习率。</translation>
    </message>
    <message>
        <source>Start at ({0:.3g}, {1:.3g}), f(x) = {2:.3g}. Press Play or Step, or click elsewhere on the plot.</source>
        <translation>起点 ({0:.3g}, {1:.3g})，f(x) = {2:.3g}。按“播放”或“单步”，或在图上其他位置单击。</translation>
    </message>
    <message>
        <source>Gradient descent, step {0} of {1}: x = ({2:.3g}, {3:.3g}), f(x) = {4:.3g}</source>
        <translation>梯度下降法：第 {0} 步，共 {1} 步：x = ({2:.3g}, {3:.3g})，f(x) = {4:.3g}</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Chapter 6: the book&apos;s comparisons, run side by side</source>
        <translation>第 6 章：书中的对比实验，并排运行</translation>
    </message>
    <message>
        <source>Optimizers on MNIST</source>
        <translation>MNIST 上的优化器比较</translation>
    </message>
    <message>
        <source>Activation distributions</source>
        <translation>隐藏层的激活值分布</translation>
    </message>
    <message>
        <source>Initial weights on MNIST</source>
        <translation>MNIST 上的权重初始值比较</translation>
    </message>
    <message>
        <source>Batch normalization</source>
        <translation>Batch Normalization</translation>
    </message>
    <message>
        <source>Overfitting, weight decay and dropout</source>
        <translation>过拟合、权值衰减与 Dropout</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权值衰减</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Hyperparameter search</source>
        <translation>超参数的最优化</translation>
    </message>
    <message>
        <source>{section} {title} (Fig. {figure})</source>
        <translation>{section} {title}（图 {figure}）</translation>
    </message>
    <message>
        <source>Four optimizers train the same 5-layer net (4 hidden layers of 100, same starting weights) for 2000 mini-batches of 128. SGD&apos;s loss falls slowest.</source>
        <translation>四种优化器训练同一个 5 层网络（4 个 100 神经元的隐藏层，权重初始值相同），各 2000 个大小为 128 的 mini-batch。SGD 的损失下降得最慢。</translation>
    </message>
    <message>
        <source>1000 random inputs through 5 layers of 100, no training. Sigmoid with std 1 piles up at 0 and 1 (gradients vanish); std 0.01 piles up at 0.5 (every unit alike); Xavier spreads. For ReLU, He keeps every layer alike.</source>
        <translation>1000 个随机输入数据通过 5 个 100 神经元的层，不做学习。sigmoid 配标准差 1 时激活值偏向 0 和 1（梯度消失）；标准差 0.01 时集中在 0.5 附近（表现力受限）；Xavier 初始值使其分布有广度。ReLU 配 He 初始值时各层分布相同。</translation>
    </message>
    <message>
        <source>The same net and SGD (lr 0.01), only the initial weights differ. With std 0.01 the loss stays near 2.3: the net does not learn.</source>
        <translation>同一个网络、同样的 SGD（学习率 0.01），只有权重初始值不同。标准差为 0.01 时损失一直在 2.3 附近：网络完全没有学习。</translation>
    </message>
    <message>
        <source>16 weight scales from 1 to 0.0001, each trained with batch normalization (solid) and without (dashed) on 1000 images: batch norm learns faster at most scales.</source>
        <translation>从 1 到 0.0001 的 16 种权重标准差，各自在 1000 个图像上用 Batch Norm（实线）和不用（虚线）训练：大多数情况下 Batch Norm 学习得更快。</translation>
    </message>
    <message>
        <source>Only 300 training images and 6 hidden layers: training accuracy (solid) nears 100 % while test accuracy (dashed, first 2000 test images) stays far below. Weight decay and dropout narrow the gap.</source>
        <translation>只有 300 个训练数据和 6 个隐藏层：训练数据的识别精度（实线）接近 100%，测试数据（虚线，前 2000 个测试图像）的识别精度却低得多。权值衰减和 Dropout 缩小了这一差距。</translation>
    </message>
    <message>
        <source>300 training images: with weight decay λ = 0.1 the gap between training (solid) and test accuracy (dashed) narrows.</source>
        <translation>300 个训练数据：使用权值衰减 λ = 0.1 后，训练数据（实线）与测试数据（虚线）识别精度的差距缩小了。</translation>
    </message>
    <message>
        <source>300 training images: with dropout 0.2 the gap between training (solid) and test accuracy (dashed) narrows, and learning is slower.</source>
        <translation>300 个训练数据：使用 Dropout 0.2 后，训练数据（实线）与测试数据（虚线）识别精度的差距缩小，学习也变慢了。</translation>
    </message>
    <message>
        <source>Random search: lr = 10^U(-6,-2), weight decay = 10^U(-8,-4), 50 epochs on 400 images. Each trial is judged on 100 validation images split off the training images, never on the test images: tuning on the test set would make its accuracy an overly hopeful estimate.</source>
        <translation>随机搜索：学习率 = 10^U(-6,-2)，权值衰减系数 = 10^U(-8,-4)，在 400 个图像上学习 50 个 epoch。每次试验用从训练数据中分出的 100 个验证数据评估，绝不用测试数据：用测试数据调整超参数，会使超参数对测试数据过拟合，测试精度就不再可信。</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Book&apos;s runs</source>
        <translation>书中的设置</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>权重初始值</translation>
    </message>
    <message>
        <source>Weight decay λ</source>
        <translation>权值衰减 λ</translation>
    </message>
    <message>
        <source>Dropout ratio</source>
        <translation>Dropout 比例</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch Norm</translation>
    </message>
    <message>
        <source>Layers&apos; distributions</source>
        <translation>各层的分布</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Weights&apos; scale</source>
        <translation>权重的尺度</translation>
    </message>
    <message>
        <source>Any std</source>
        <translation>任意标准差</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Export numbers (CSV)…</source>
        <translation>导出数据（CSV）…</translation>
    </message>
    <message>
        <source>Export plot (PNG, SVG)…</source>
        <translation>导出图表（PNG、SVG）…</translation>
    </message>
    <message>
        <source>An experiment is running — stop it and quit?</source>
        <translation>实验正在运行——停止并退出吗？</translation>
    </message>
    <message>
        <source>Xavier: std 1/√100</source>
        <translation>Xavier：标准差 1/√100</translation>
    </message>
    <message>
        <source>He: std √(2/100)</source>
        <translation>He：标准差 √(2/100)</translation>
    </message>
    <message>
        <source>std {std:.3g}</source>
        <translation>标准差 {std:.3g}</translation>
    </message>
    <message>
        <source>MNIST could not be read: {error}</source>
        <translation>无法读取 MNIST：{error}</translation>
    </message>
    <message>
        <source>{n} runs ready.</source>
        <translation>{n} 个运行已就绪。</translation>
    </message>
    <message>
        <source>{done} of {n} runs finished · {steps} mini-batches trained</source>
        <translation>{n} 个运行中 {done} 个已完成 · 已训练 {steps} 个 mini-batch</translation>
    </message>
    <message>
        <source>Best {n}: lr {lr0:.2g} to {lr1:.2g}, weight decay {wd0:.2g} to {wd1:.2g}</source>
        <translation>最好的 {n} 个：学习率 {lr0:.2g} 到 {lr1:.2g}，权值衰减系数 {wd0:.2g} 到 {wd1:.2g}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Export numbers</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>The run {0} was skipped: {1}</source>
        <translation>已跳过运行 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Chapters 5–8: backpropagation, training techniques, CNNs, deep networks</source>
        <translation>第 5–8 章：误差反向传播法、与学习相关的技巧、卷积神经网络、深度学习</translation>
    </message>
    <message>
        <source>Evaluating {0} on the test set…</source>
        <translation>正在用测试数据评估 {0}…</translation>
    </message>
    <message>
        <source>Evaluate a bundled model</source>
        <translation>评估自带的模型</translation>
    </message>
    <message>
        <source>Could not open the bundled model {0}:
{1}</source>
        <translation>无法打开自带的模型 {0}：
{1}</translation>
    </message>
    <message>
        <source>{0} (bundled)</source>
        <translation>{0}（自带）</translation>
    </message>
    <message>
        <source>it does not give 10 scores, one for each digit 0–9.</source>
        <translation>它不输出 10 个分数（每个数字 0–9 一个）。</translation>
    </message>
    <message>
        <source>it does not take 28×28 grey images, the size of the MNIST digits (it was made for other images, e.g. in colour or of another size).</source>
        <translation>它不接受 28×28 的灰度图像（MNIST 数字的大小），而是为其他图像（例如彩色或其他尺寸）设计的。</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>{0} cannot be used in the Training tab: {1}
The current model is kept.</source>
        <translation>{0} 不能用于“训练”页：{1}
当前模型保持不变。</translation>
    </message>
    <message>
        <source>Training is running — stop it and quit?</source>
        <translation>正在训练——要停止训练并退出吗？</translation>
    </message>
    <message>
        <source>The trained model is not saved (File ▸ Save model) — quit anyway?</source>
        <translation>训练好的模型还没有保存（文件 ▸ 保存模型）——仍要退出吗？</translation>
    </message>
    <message>
        <source>{0:,} parameters to learn</source>
        <translation>要学习的参数共 {0:,} 个</translation>
    </message>
    <message>
        <source>previous run: {0}</source>
        <translation>上一次训练：{0}</translation>
    </message>
    <message>
        <source>Start is disabled: {0}</source>
        <translation>无法开始训练：{0}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>The last run did not finish, so there is no network from it. Train again, or open a model file.</source>
        <translation>上一次训练没有完成，因此没有得到网络。请重新训练，或打开模型文件。</translation>
    </message>
    <message>
        <source>The drawing pad recognises your digits with the network trained here.</source>
        <translation>手写板将用在此训练的网络识别你写的数字。</translation>
    </message>
    <message>
        <source>{0}, trained here</source>
        <translation>{0}（在此训练）</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Loading MNIST…</source>
        <translation>正在读入 MNIST 数据集…</translation>
    </message>
    <message>
        <source>Measuring the untrained network&apos;s accuracy (epoch 0)…</source>
        <translation>正在测量未训练网络的识别精度（第 0 个 epoch）…</translation>
    </message>
    <message>
        <source>Epoch {0} of {1} · iteration {2} of {3} · estimating the time left…</source>
        <translation>第 {0}/{1} 个 epoch · 第 {2}/{3} 次迭代 · 正在估算剩余时间…</translation>
    </message>
    <message>
        <source>Epoch {0} of {1} · {2:.1f} iterations/s · about {3} left</source>
        <translation>第 {0}/{1} 个 epoch · 每秒 {2:.1f} 次迭代 · 约剩 {3}</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <source>Paused at iteration {0} of {1}.</source>
        <translation>已暂停于第 {0}/{1} 次迭代。</translation>
    </message>
    <message>
        <source>Testing the network on {0:,} of {1:,} test images…</source>
        <translation>正在用测试图像检验网络：{0:,}/{1:,}…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Done: {0:.2%} of the {1:,} test images recognised.</source>
        <translation>完成：{1:,} 张测试图像的识别精度为 {0:.2%}。</translation>
    </message>
    <message>
        <source>Stopped at iteration {0}; the network trained so far recognises {1:.2%} of the test images.</source>
        <translation>已在第 {0} 次迭代停止；目前训练出的网络对测试图像的识别精度为 {1:.2%}。</translation>
    </message>
    <message>
        <source>Stopped at iteration {0}.</source>
        <translation>已在第 {0} 次迭代停止。</translation>
    </message>
    <message>
        <source>{0}: {1:.2%} of the {2:,} test images recognised.</source>
        <translation>{0}：{2:,} 张测试图像的识别精度为 {1:.2%}。</translation>
    </message>
    <message>
        <source>Training stopped: it diverged.</source>
        <translation>训练已停止：发散了。</translation>
    </message>
    <message>
        <source>Stopped by an error.</source>
        <translation>因出错而停止。</translation>
    </message>
    <message>
        <source>Training diverged at iteration {0}: the loss shot up to {1} instead of falling, so training was stopped. The learning rate {2:g} is too large: try a smaller one, such as {3:g}.</source>
        <translation>训练在第 {0} 次迭代发散：损失函数的值没有下降，反而飙升到 {1}，因此训练已停止。学习率 {2:g} 太大了：请试试更小的值，例如 {3:g}。</translation>
    </message>
    <message>
        <source>The MNIST data could not be loaded: {0}</source>
        <translation>无法读入 MNIST 数据：{0}</translation>
    </message>
    <message>
        <source>Training stopped because of an error: {0}</source>
        <translation>训练因出错而停止：{0}</translation>
    </message>
    <message>
        <source>Build a network, then train it on the MNIST handwritten digits. The loss falls as the weights learn; after each epoch the accuracy on training and test images is measured. When the two lines part, the network is overfitting: try 300 training images, then weight decay or dropout.</source>
        <translation>搭建一个神经网络，然后用 MNIST 手写数字训练它。随着权重的学习，损失函数的值不断下降；每个 epoch 结束时测量训练图像和测试图像的识别精度。两条曲线分开时，网络就发生了过拟合：试试只用 300 张训练图像，再加上权值衰减或 Dropout。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Use in the drawing pad</source>
        <translation>在手写板中使用</translation>
    </message>
    <message>
        <source>Test accuracy, confusion matrix and misclassified digits (the book&apos;s figure 8-3) of a network that comes with nnviz, without training it again</source>
        <translation>不必重新训练，直接查看 nnviz 自带网络的测试准确率、混淆矩阵和识别错误的数字（书中图 8-3）</translation>
    </message>
    <message>
        <source>SimpleConvNet (chapter 7)</source>
        <translation>SimpleConvNet（第 7 章）</translation>
    </message>
    <message>
        <source>DeepConvNet (chapter 8)</source>
        <translation>DeepConvNet（第 8 章）</translation>
    </message>
    <message>
        <source>The model {0} was skipped: {1}</source>
        <translation>已跳过模型 {0}：{1}</translation>
    </message>
    <message>
        <source>The model {0} was skipped: it does not read MNIST digits.</source>
        <translation>已跳过模型 {0}：它不能识别 MNIST 数字。</translation>
    </message>
</context>
<context>
    <name>TruthTable</name>
    <message>
        <source>weighted sum</source>
        <translation>加权和</translation>
    </message>
    <message>
        <source>output y</source>
        <translation>输出 y</translation>
    </message>
    <message>
        <source>target t</source>
        <translation>目标 t</translation>
    </message>
</context>
<context>
    <name>TwoLayerDiagram</name>
    <message>
        <source>layer 0</source>
        <translation>第0层</translation>
    </message>
    <message>
        <source>layer 1</source>
        <translation>第1层</translation>
    </message>
    <message>
        <source>layer 2</source>
        <translation>第2层</translation>
    </message>
</context>
<context>
    <name>TwoLayerPanel</name>
    <message>
        <source>Two layers solve XOR (section 2.5)</source>
        <translation>两层就能实现异或门（2.5 节）</translation>
    </message>
    <message>
        <source>Stack perceptrons: s1 = NAND(x1, x2) and s2 = OR(x1, x2) in layer 1, then y = AND(s1, s2). Each is one straight line; together the two lines cut out the band between them, where XOR is 1.</source>
        <translation>把感知机叠加起来：第1层是 s1 = NAND(x1, x2) 和 s2 = OR(x1, x2)，然后 y = AND(s1, s2)。每个感知机都只是一条直线；两条直线合在一起，围出它们之间的带状区域，异或门正是在这里输出 1。</translation>
    </message>
    <message>
        <source>Pick an input (a row, or a point in the plot) to follow its values:</source>
        <translation>选择一个输入（表中的一行，或图中的一个点），跟踪它的值：</translation>
    </message>
    <message>
        <source>Back to a single line</source>
        <translation>回到单条直线</translation>
    </message>
</context>
<context>
    <name>XorExplanation</name>
    <message>
        <source>Why no single line works</source>
        <translation>为什么一条直线做不到</translation>
    </message>
    <message>
        <source>XOR&apos;s triangles (1, 0) and (0, 1) sit on one diagonal, its circles (0, 0) and (1, 1) on the other. A straight line that puts both circles on one side always leaves a triangle with them. The two groups are &lt;b&gt;not linearly separable&lt;/b&gt;, and a perceptron can only draw a straight line (section 2.4).</source>
        <translation>异或门的三角形 (1, 0) 和 (0, 1) 在一条对角线上，圆圈 (0, 0) 和 (1, 1) 在另一条对角线上。一条直线若把两个圆圈放在同一侧，总会有一个三角形也在这一侧。这两组点&lt;b&gt;不是线性可分的&lt;/b&gt;，而感知机只能画出一条直线（2.4 节）。</translation>
    </message>
    <message>
        <source>Show the two-layer solution</source>
        <translation>显示两层感知机的解法</translation>
    </message>
</context>
<context>
    <name>error_report</name>
    <message>
        <source>the log could not be written ({0})</source>
        <translation>日志无法写入（{0}）</translation>
    </message>
    <message>
        <source>{0} more errors happened since; all are in the log.</source>
        <translation>此后又发生了 {0} 个错误，都已记入日志。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>nnviz met an unexpected error; what you just did may not have finished. Everything else still works.

{0}

The details are in {1} (Help ▸ Open log folder).</source>
        <translation>nnviz 遇到了一个意外错误，刚才的操作可能没有完成。其他功能仍可正常使用。

{0}

详细信息见 {1}（帮助 ▸ 打开日志文件夹）。</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>nnviz writes its log to:
{0}</source>
        <translation>nnviz 的日志写在：
{0}</translation>
    </message>
</context>
</TS>
