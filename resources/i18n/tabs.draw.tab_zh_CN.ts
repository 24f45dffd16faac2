<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
      <source>Pen width: {0}</source>
      <translation>笔粗：{0}</translation>
    </message>
    <message>
      <source>No model: no prediction.</source>
      <translation>没有模型，无法预测。</translation>
    </message>
    <message>
      <source>Draw a digit to see the network's guess.</source>
      <translation>写一个数字，看看网络的判断。</translation>
    </message>
    <message>
      <source>No model loaded.</source>
      <translation>尚未加载模型。</translation>
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
      <source>Model: none</source>
      <translation>模型：无</translation>
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
      <source>(Your pen is wide for a digit this small: the network gets it with strokes as thin as MNIST's.)</source>
      <translation>（对这么小的数字来说笔太粗了：网络得到的笔画和 MNIST 一样细。）</translation>
    </message>
    <message>
      <source>Not a digit yet — draw more.</source>
      <translation>还不是数字——再写几笔。</translation>
    </message>
    <message>
      <source>{0} sure it is a {1}</source>
      <translation>有 {0} 的把握是 {1}</translation>
    </message>
    <message>
      <source>Each row is one layer's output for your digit, from the input to softmax: a tile per map of a convolution or pooling layer (each on its own scale), a cell per neuron of an Affine layer. Blue = positive, red = negative, white = 0.</source>
      <translation>每一行是一层对你写的数字的输出，从输入到 Softmax：卷积层或池化层的每张特征图一个小图（各自按自己的范围着色），Affine 层的每个神经元一个格子。蓝色 = 正，红色 = 负，白色 = 0。</translation>
    </message>
    <message>
      <source>Each row is one layer's output for your digit, from the input to softmax: each hidden layer's neurons as a heat row, a cell per neuron. Blue = positive, red = negative, white = 0.</source>
      <translation>每一行是一层对你写的数字的输出，从输入到 Softmax：每个隐藏层的神经元排成一行热图，每个神经元一个格子。蓝色 = 正，红色 = 负，白色 = 0。</translation>
    </message>
    <message>
      <source>Draw a digit to see every layer's output.</source>
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
      <source>Write one digit (0-9) in the white square with the mouse or a pen. While you write, the drawing is turned into the network's input the way MNIST was made: the ink's bounding box (dashed) is scaled to 20×20 pixels and placed in a 28×28 image with its centre of mass (red cross) in the middle. The network computes a score per digit and softmax turns the scores into probabilities (chapter 3).</source>
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
      <source>28×28 input: ink = 1 (white), paper = 0</source>
      <translation>28×28 输入：笔迹 = 1（白），纸面 = 0</translation>
    </message>
  </context>
</TS>