<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
      <source>The step function's derivative is 0 everywhere except at x = 0, where it does not exist. A network built from it gets no gradient at all, so gradient descent cannot move its weights: this is why neural networks use smooth activation functions (Chapter 4.2.5).</source>
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
      <source>ReLU's derivative is 1 for every positive input, so gradients pass back unchanged and do not vanish (Chapter 3.2.7). For x &lt; 0 it is 0, and at x = 0 there is a corner with no derivative; backpropagation simply uses 0 there.</source>
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
      <source>&lt;b&gt;Numerical differentiation.&lt;/b&gt; The forward difference's truncation error shrinks like h, the central difference's like h². Below about h = 1e-8 rounding takes over (float64 keeps about 16 digits), which is why the book uses h = 1e-4.</source>
      <translation>&lt;b&gt;数值微分。&lt;/b&gt;前向差分的截断误差与 h 成正比，中心差分的截断误差与 h² 成正比。h 小于约 1e-8 时舍入误差占了上风（float64 只有大约 16 位有效数字），所以书中使用 h = 1e-4。</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}.&lt;/b&gt; {1}</source>
      <translation>&lt;b&gt;{0}：&lt;/b&gt;{1}</translation>
    </message>
  </context>
</TS>