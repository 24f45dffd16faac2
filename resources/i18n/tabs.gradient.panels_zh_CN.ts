<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
      <source>The book's example, x0² + x1² from (−3, 4):</source>
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
    <name>FunctionBox</name>
    <message>
      <source>Function</source>
      <translation>函数</translation>
    </message>
    <message>
      <source>The book's example (ch4): a round bowl. Every arrow points straight at the minimum (0, 0), and arrows are longer where the bowl is steeper.</source>
      <translation>书中的例子（第4章）：一个圆碗。每个箭头都直指最小值 (0, 0)，碗壁越陡，箭头越长。</translation>
    </message>
    <message>
      <source>The book's example (ch6): flat along x, steep along y. Most arrows point across the valley rather than at the minimum, so plain SGD zigzags.</source>
      <translation>书中的例子（第6章）：沿 x 方向平缓，沿 y 方向陡峭。大多数箭头横穿山谷，而不是指向最小值，所以 SGD 会呈“之”字形前进。</translation>
    </message>
    <message>
      <source>Rosenbrock's banana valley: descent falls into the valley at once, then crawls along its flat floor towards the minimum (1, 1).</source>
      <translation>Rosenbrock 的香蕉形山谷：下降很快落入谷中，然后沿着平坦的谷底缓慢地爬向最小值 (1, 1)。</translation>
    </message>
    <message>
      <source>A saddle: the gradient is zero at (0, 0), yet it is a minimum along x0 and a maximum along x1. Descent slows down there, then slides off along x1.</source>
      <translation>鞍点：在 (0, 0) 处梯度为 0，但它沿 x0 方向是最小值、沿 x1 方向是最大值。下降在那里变慢，然后沿 x1 方向滑走。</translation>
    </message>
    <message>
      <source>Himmelblau's function has four minima (stars): where you click decides which one gradient descent finds.</source>
      <translation>Himmelblau 函数有四个最小值（星号）：单击的位置决定梯度下降法找到哪一个。</translation>
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
      <source>The book's race: x²/20 + y² from (−7, 2), 30 steps</source>
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
</TS>