<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
      <source>The book's deep network (ch. 8.1): six 3×3 convolutions with ReLU, three 2×2 poolings, two Affine layers with dropout, He initial weights. It learns slowly on a CPU: try a few thousand training images first.</source>
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
</TS>